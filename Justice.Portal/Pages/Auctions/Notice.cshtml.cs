using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Auctions;

/// <summary>/dau-gia/thong-bao/{id}: one public auction notice (operation <c>Notice.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class NoticeModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Notice? AuctionNotice);
    public sealed record Notice(string Id, string AssetDescription, string AssetType, long StartingPrice, long Deposit, DateTime ViewingFrom,
        DateTime ViewingTo, string ViewingPlace, DateTime RegistrationDeadline, DateTime AuctionAt, string AuctionPlace, string Form,
        string Method, string Status, DateTime? PublishedAt, string? PostponementReason, string? CancellationReason, Result? Result,
        Named Province, Owner AssetOwner, Organisation AuctionOrganisation);
    public sealed record Result(string Outcome, long? WinningPrice, string? NotSoldReason, DateTime RecordedAt);
    public sealed record Owner(string Name, string Kind);
    public sealed record Organisation(string Id, string Name, string Kind, string Address, string RegistrationNumber, Named Province,
        IReadOnlyList<Auctioneer> Auctioneers);
    public sealed record Auctioneer(string FullName, string PracticeCertificateNumber);

    public Notice Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "Auctions/Notice", new { id });
        if (result.HasError("INVALID_ID") || (result.Succeeded && result.Data!.AuctionNotice is null)) return NotFound();
        if (!result.Succeeded) throw new InvalidOperationException("The notice's operation failed: " + string.Join(",", result.Errors.Select(e => e.Code)));
        Item = result.Data!.AuctionNotice!;
        return Page();
    }
}
