using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Portal.Pages.Auctions;

/// <summary>
/// A directory page of the auction section (organisations, auctioneers): the province and name filters, cursor
/// paging and the province list, read by one operation; the page names its operation, path and lines.
/// </summary>
public abstract class DirectoryPageModel<TLine>(PortalOperations operations) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tinh")] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = "ten")] public string? Name { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    protected Connection<TLine>? Lines { get; private set; }
    public IReadOnlyList<ProvinceOption> Provinces { get; private set; } = [];
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>Runs <paramref name="operation"/> with the cleaned filters; a failure is shown and not cached.</summary>
    protected async Task LoadAsync<TData>(string operation, string path,
        Func<TData, (Connection<TLine> Lines, IReadOnlyList<ProvinceOption> Provinces)> read) where TData : class
    {
        var query = DirectoryQuery.From(Province, Name, After);
        (Province, Name) = (query.ProvinceId, query.Name);
        var result = await operations.QueryAsync<TData>(HttpContext, operation, query.Variables);
        if (!result.Succeeded)
        {
            Problem = result.Message(PortalLanguage.IsEnglish(HttpContext));
            NotCached.Apply(HttpContext);
            return;
        }
        var (lines, provinces) = read(result.Data!);
        Lines = lines;
        Provinces = AuctionText.Sorted(provinces);
        Paging = query.Pager(path, Back, lines.PageInfo, lines.TotalCount);
    }
}
