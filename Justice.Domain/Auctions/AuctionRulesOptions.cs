namespace Justice.Domain.Auctions;

/// <summary>
/// The legal figures the auction rules depend on. Law on Property Auction 2016 (amended 2024) as read
/// when this was written: every figure here is (check) and belongs in configuration, not in code.
/// </summary>
public sealed class AuctionRulesOptions
{
    public static readonly AuctionRulesOptions Default = new();

    /// <summary>(check) Calendar days between publishing a public auction notice and the auction, movable assets.</summary>
    public int MinimumDaysBeforeAuction { get; init; } = 7;

    /// <summary>(check) The same for real estate and land use rights, which the law gives a longer notice.</summary>
    public int MinimumDaysBeforeAuctionForRealEstate { get; init; } = 15;

    /// <summary>(check) Tiền đặt trước, lower bound, percent of the starting price.</summary>
    public decimal MinimumDepositPercent { get; init; } = 5m;

    /// <summary>(check) The 2024 amendment raises the lower bound for land use rights.</summary>
    public decimal MinimumDepositPercentForLandUseRights { get; init; } = 10m;

    /// <summary>(check) Tiền đặt trước, upper bound, percent of the starting price.</summary>
    public decimal MaximumDepositPercent { get; init; } = 20m;

    /// <summary>(check) Days between publishing a selection notice and the submission deadline.</summary>
    public int MinimumSelectionSubmissionDays { get; init; } = 3;

    public int MinimumDaysBeforeAuctionFor(AuctionAssetType assetType) =>
        assetType is AuctionAssetType.RealEstate or AuctionAssetType.LandUseRights
            ? MinimumDaysBeforeAuctionForRealEstate
            : MinimumDaysBeforeAuction;

    public decimal MinimumDepositPercentFor(AuctionAssetType assetType) =>
        assetType == AuctionAssetType.LandUseRights ? MinimumDepositPercentForLandUseRights : MinimumDepositPercent;
}
