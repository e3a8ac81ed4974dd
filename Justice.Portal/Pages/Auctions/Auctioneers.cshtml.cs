using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Auctions;

/// <summary>/dau-gia/dau-gia-vien: the directory of auctioneers by province and name (operation <c>Auctioneers.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class AuctioneersModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Connection<Line> Auctioneers, IReadOnlyList<ProvinceOption> Provinces);
    public sealed record Line(string Id, string FullName, string PracticeCertificateNumber, Employer AuctionOrganisation);
    public sealed record Employer(string Name, Named Province);

    [BindProperty(SupportsGet = true, Name = "tinh")] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = "ten")] public string? Name { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public Connection<Line>? People { get; private set; }
    public IReadOnlyList<ProvinceOption> Provinces { get; private set; } = [];
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        var query = DirectoryQuery.From(Province, Name, After);
        (Province, Name) = (query.ProvinceId, query.Name);
        var result = await operations.QueryAsync<Data>(HttpContext, "Auctions/Auctioneers", query.Variables);
        if (!result.Succeeded) { Problem = result.Message(PortalLanguage.IsEnglish(HttpContext)); NotCached.Apply(HttpContext); return; }
        People = result.Data!.Auctioneers;
        Provinces = AuctionText.Sorted(result.Data.Provinces);
        Paging = query.Pager("/dau-gia/dau-gia-vien", Back, People.PageInfo, People.TotalCount);
    }
}
