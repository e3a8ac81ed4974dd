using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.News;

/// <summary>/tin-tuc: articles by category, newest first, with paging (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public const int PageSize = 15;

    public sealed record Data(Connection<Line> NewsArticles);
    public sealed record Line(string Id, string Slug, string Title, string Summary, string Category, DateTime PublishedAt);

    [BindProperty(SupportsGet = true, Name = "chuyen-muc")] public string? CategorySlug { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public NewsCategories.Category? Category { get; private set; }
    public Connection<Line>? Articles { get; private set; }
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        Category = NewsCategories.BySlug(CategorySlug);
        var after = string.IsNullOrEmpty(After) ? null : After;
        var result = await operations.QueryAsync<Data>(HttpContext, "News/Index", new { first = PageSize, after, category = Category?.Value });
        if (!result.Succeeded)
        {
            var english = PortalLanguage.IsEnglish(HttpContext);
            Problem = result.HasError("INVALID_CURSOR")
                ? english ? "This page of results is no longer available." : "Trang kết quả này không còn hợp lệ."
                : result.Message(english);
            return;
        }
        Articles = result.Data!.NewsArticles;
        Paging = new Pager("/tin-tuc", new Dictionary<string, string?> { ["chuyen-muc"] = Category?.Slug }, after, Back,
            Articles.PageInfo, Articles.TotalCount);
    }
}
