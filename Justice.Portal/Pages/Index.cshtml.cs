using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Persistence;
using Justice.Domain.PortalContent;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Portal.Pages;

/// <summary>
/// The front page: key figures and the latest of each kind of content. It reads the database directly until
/// the GraphQL schema exists; then it runs an operation like every other page.
/// </summary>
public sealed class IndexModel(JusticeDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Figures(int Provinces, int Communes, int LegalDocuments, int CivilStatusRegistrations, int AuctionNotices);
    public sealed record DocumentLine(string? Number, string Title, DateOnly? IssueDate, ValidityStatus Status);
    public sealed record NewsLine(string Title, DateTime PublishedAt);
    public sealed record AuctionLine(string Asset, long StartingPrice, DateTime AuctionAt);

    public Figures Totals { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<DocumentLine> LatestDocuments { get; private set; } = [];
    public IReadOnlyList<NewsLine> LatestNews { get; private set; } = [];
    public IReadOnlyList<AuctionLine> UpcomingAuctions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.LocalDate(now);
        var unitsInForce = db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today));
        Totals = new Figures(
            await unitsInForce.CountAsync(u => u.Level == AdministrativeLevel.Province, ct),
            await unitsInForce.CountAsync(u => u.Level == AdministrativeLevel.Commune, ct),
            await db.Set<LegalDocument>().CountAsync(ct),
            await db.Set<CivilStatusRegistration>().CountAsync(ct),
            await db.Set<PublicAuctionNotice>().CountAsync(n => n.Status == PublicAuctionNoticeStatus.Published, ct));

        var documents = await db.Set<LegalDocument>().AsNoTracking()
            .Where(d => d.IssueDate != null && d.IssueDate <= today)
            .OrderByDescending(d => d.IssueDate).Take(5)
            .Select(d => new { d.Number, d.Title, d.IssueDate, d.Status }).ToListAsync(ct);
        LatestDocuments = documents.Select(d => new DocumentLine(d.Number?.Value, d.Title, d.IssueDate, d.Status)).ToList();
        LatestNews = await db.Set<NewsArticle>().AsNoTracking()
            .Where(n => n.PublishedAt <= now).OrderByDescending(n => n.PublishedAt).Take(5)
            .Select(n => new NewsLine(n.Title, n.PublishedAt)).ToListAsync(ct);
        UpcomingAuctions = await db.Set<PublicAuctionNotice>().AsNoTracking()
            .Where(n => n.Status == PublicAuctionNoticeStatus.Published && n.AuctionAt > now)
            .OrderBy(n => n.AuctionAt).Take(5)
            .Select(n => new AuctionLine(n.AssetDescription, n.StartingPrice, n.AuctionAt)).ToListAsync(ct);
    }
}
