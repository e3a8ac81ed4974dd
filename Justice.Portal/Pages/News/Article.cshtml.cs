using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.News;

/// <summary>/tin-tuc/{slug}: one article (operation <c>Article.graphql</c>); its body is plain text shown as encoded paragraphs.</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class ArticleModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Article? NewsArticle);
    public sealed record Article(string Id, string Slug, string Title, string Summary, string Body, string Category, DateTime PublishedAt, string Author);

    public Article Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (slug.Length > 200) return NotFound();
        var result = await operations.QueryAsync<Data>(HttpContext, "News/Article", new { slug });
        if (result.Data?.NewsArticle is not { } article)
            return result.Errors.Count > 0 && !result.HasError("NOT_FOUND") && !result.HasError("INVALID_ARGUMENT") ? StatusCode(503) : NotFound();
        Item = article;
        return Page();
    }
}
