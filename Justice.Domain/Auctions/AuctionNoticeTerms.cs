namespace Justice.Domain.Auctions;

/// <summary>What a public auction notice announces; validated as a whole by <see cref="PublicAuctionNotice"/>.</summary>
public sealed record AuctionNoticeTerms(
    string AssetDescription,
    AuctionAssetType AssetType,
    long StartingPrice,
    long Deposit,
    DateTime ViewingFrom,
    DateTime ViewingTo,
    string ViewingPlace,
    DateTime RegistrationDeadline,
    DateTime AuctionAt,
    string AuctionPlace,
    AuctionForm Form,
    AuctionMethod Method);
