using Justice.Domain.Common;

namespace Justice.Domain.Auctions;

/// <summary>Kết quả đấu giá: sold at a winning price, or not sold (đấu giá không thành) with the reason.</summary>
public sealed class AuctionResult
{
    private AuctionResult() { }

    internal static AuctionResult Sold(long winningPrice, DateTime recordedAt) =>
        new() { Outcome = AuctionOutcome.Sold, WinningPrice = winningPrice, RecordedAt = recordedAt };

    internal static AuctionResult NotSold(string reason, DateTime recordedAt) =>
        new()
        {
            Outcome = AuctionOutcome.NotSold,
            NotSoldReason = VietnameseText.Required(reason, "Lý do đấu giá không thành", 2000),
            RecordedAt = recordedAt,
        };

    public AuctionOutcome Outcome { get; private set; }
    public long? WinningPrice { get; private set; }
    public string? NotSoldReason { get; private set; }
    public DateTime RecordedAt { get; private set; }
}
