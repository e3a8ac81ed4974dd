using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Consultations;

/// <summary>/du-thao: drafts open for comment, then closed consultations with paging (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public const int PageSize = 20;

    public sealed record Data(Connection<Draft> Open, Connection<Draft> Closed);

    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public Data? Drafts { get; private set; }
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        var after = string.IsNullOrEmpty(After) ? null : After;
        var result = await operations.QueryAsync<Data>(HttpContext, "Consultations/Index", new { first = PageSize, after });
        if (!result.Succeeded)
        {
            var english = PortalLanguage.IsEnglish(HttpContext);
            Problem = result.HasError("INVALID_CURSOR")
                ? english ? "This page of results is no longer available." : "Trang kết quả này không còn hợp lệ."
                : result.Message(english);
            return;
        }
        Drafts = result.Data!;
        Paging = new Pager("/du-thao", new Dictionary<string, string?>(), after, Back, Drafts.Closed.PageInfo, Drafts.Closed.TotalCount);
    }
}
