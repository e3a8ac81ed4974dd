using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Auctions;

/// <summary>/dau-gia/to-chuc: the directory of auction organisations by province and name (operation <c>Organisations.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class OrganisationsModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Connection<Line> AuctionOrganisations, IReadOnlyList<ProvinceOption> Provinces);
    public sealed record Line(string Id, string Name, string Kind, string RegistrationNumber, string Address, Named Province);

    [BindProperty(SupportsGet = true, Name = "tinh")] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = "ten")] public string? Name { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public Connection<Line>? Organisations { get; private set; }
    public IReadOnlyList<ProvinceOption> Provinces { get; private set; } = [];
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        var query = DirectoryQuery.From(Province, Name, After);
        (Province, Name) = (query.ProvinceId, query.Name);
        var result = await operations.QueryAsync<Data>(HttpContext, "Auctions/Organisations", query.Variables);
        if (!result.Succeeded) { Problem = result.Message(PortalLanguage.IsEnglish(HttpContext)); NotCached.Apply(HttpContext); return; }
        Organisations = result.Data!.AuctionOrganisations;
        Provinces = AuctionText.Sorted(result.Data.Provinces);
        Paging = query.Pager("/dau-gia/to-chuc", Back, Organisations.PageInfo, Organisations.TotalCount);
    }
}
