using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Code;

/// <summary>/phap-dien/{id}: a topic's chapters and articles, each linked to its source article (operation <c>Topic.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class TopicModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Topic? CodificationTopic);
    public sealed record Topic(string Id, string Code, string Name, DateOnly? PublishedOn, SubjectRef Subject,
        IReadOnlyList<Chapter> Chapters, IReadOnlyList<Article> Articles);
    public sealed record SubjectRef(int Number, string Name);
    public sealed record Chapter(string Id, string Number, string Heading, IReadOnlyList<Section> Sections);
    public sealed record Section(string Id, string Number, string Title);
    public sealed record Article(string Id, string Symbol, string Heading, string? Title, string Text, string SourceNote,
        Provision Source, SourceDocument SourceDocument, IdRef? Chapter, IdRef? Section);
    public sealed record Provision(string Number);
    public sealed record SourceDocument(string Id, string? Number, string Title);
    public sealed record IdRef(string Id);

    public Topic? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "Code/Topic", new { id });
        if (result.Data?.CodificationTopic is null)
            return result.Errors.Count > 0 && !result.HasError("INVALID_ID") && !result.HasError("NOT_FOUND")
                && !result.HasError("FORBIDDEN") && !result.HasError("UNAUTHENTICATED") ? StatusCode(503) : NotFound();
        Item = result.Data.CodificationTopic;
        return Page();
    }

    public IEnumerable<Article> ArticlesOf(string? chapterId, string? sectionId) =>
        Item!.Articles.Where(a => a.Chapter?.Id == chapterId && a.Section?.Id == sectionId);

    public static string Anchor(Article article) => PortalFormat.Slug(article.Symbol);
    public static string SourceHref(Article article) => $"/van-ban/{article.SourceDocument.Id}#{PortalFormat.ArticleAnchor(article.Source.Number)}";
}
