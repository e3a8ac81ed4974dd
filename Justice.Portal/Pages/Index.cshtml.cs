using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages;

/// <summary>The front page: latest documents, news and directives, the Code, key figures (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Figures Figures, Connection<DocumentLine> LatestDocuments,
        IReadOnlyList<Subject> CodificationSubjects, Series? Births, Series? Marriages,
        Connection<ArticleLine> LatestNews, Connection<ArticleLine> LatestDirectives,
        Connection<AuctionLine> UpcomingAuctions, Connection<ContestLine> Contests);
    public sealed record Figures(int Provinces, int Communes, int LegalDocuments, int CivilStatusRegistrations, int AnsweredQuestions);
    public sealed record ArticleLine(string Slug, string Title, DateTime PublishedAt);
    public sealed record AuctionLine(string Id, string AssetDescription, DateTime AuctionAt, long StartingPrice, Named Province);
    public sealed record Named(string Name);
    public sealed record ContestLine(string Id, string Title, bool IsOpen, DateTime ClosesAt);
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
