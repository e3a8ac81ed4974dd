using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages;

/// <summary>The front page: latest documents, news and directives, the Code, key figures (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Connection<DocumentLine> LatestDocuments, IReadOnlyList<IdOnly> Provinces,
        IReadOnlyList<Subject> CodificationSubjects, Series? Births, Series? Marriages,
        Connection<ArticleLine>? LatestNews = null, Connection<ArticleLine>? LatestDirectives = null);
    public sealed record ArticleLine(string Slug, string Title, DateTime PublishedAt);
    public sealed record IdOnly(string Id);
    public sealed record DocumentLine(string Id, string? Number, string Title, string TypeName, DateOnly? IssueDate, string Status, string StatusName);
    public sealed record Subject(string Id, int Number, string Name);
    public sealed record Series(string Title, IReadOnlyList<Total> Totals);
    public sealed record Total(Period Period, long Value);
    public sealed record Period(string Label, int Year, DateOnly CoversTo);

    public Data? Home { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "Index");
        Home = result.Data;
        if (!result.Succeeded) Problem = result.Message(PortalLanguage.IsEnglish(HttpContext));
    }

    public static Total? Latest(Series? series) => series?.Totals.Where(t => t.Value > 0).OrderByDescending(t => t.Period.CoversTo).FirstOrDefault();
}
