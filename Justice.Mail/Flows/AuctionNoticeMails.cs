using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Mail.Flows;

/// <summary>
/// A notice just published goes to every active subscription it matches (the subscription's province and asset
/// type, each either matching or left open), one message per subscription, in its language, with its one-click
/// unsubscribe link. Queued into the caller's context, with the publication.
/// </summary>
public sealed class AuctionNoticeMails(EmailOutbox outbox, MailLinks links)
{
    public const string Matched = "auction.notice-matched";
    public const string ConfirmSubscription = "auction.subscription-confirm";
    private const int TitleLength = 150;

    public async Task<IReadOnlyList<OutgoingEmail>> EnqueuePublishedAsync(JusticeDbContext db, PublicAuctionNotice notice,
        CancellationToken cancellationToken)
    {
        var subscriptions = await db.Set<AuctionNoticeSubscription>().AsNoTracking()
            .Where(s => s.UnsubscribedAt == null
                        && (s.ProvinceId == null || s.ProvinceId == notice.ProvinceId)
                        && (s.AssetType == null || s.AssetType == notice.AssetType))
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        if (subscriptions.Count == 0) return [];
        var province = await db.Set<AdministrativeUnit>().AsNoTracking().Where(u => u.Id == notice.ProvinceId)
            .Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var title = notice.AssetDescription.Length <= TitleLength ? notice.AssetDescription : notice.AssetDescription[..(TitleLength - 1)] + "…";
        var queued = new List<OutgoingEmail>(subscriptions.Count);
        foreach (var subscription in subscriptions)
            queued.Add(outbox.EnqueueAuctionNotice(db, subscription, new Dictionary<string, object?>
            {
                ["subscriberName"] = subscription.SubscriberName,
                ["noticeTitle"] = title,
                ["province"] = province,
                ["assetType"] = AssetTypeLabel(notice.AssetType, subscription.Language),
                ["startingPrice"] = notice.StartingPrice,
                ["auctionOn"] = notice.AuctionAt,
                ["noticeUrl"] = links.AuctionNotice(notice.Id),
            }));
        return queued;
    }

    /// <summary>
    /// The double opt-in: the address must answer before anything is stored. <paramref name="confirmationToken"/> is
    /// a signed, time-limited token holding the whole request, made by the portal; the link carries it.
    /// </summary>
    public OutgoingEmail EnqueueConfirmation(JusticeDbContext db, string email, string subscriberName, string language,
        string? provinceName, AuctionAssetType? assetType, string confirmationToken, int validHours) =>
        outbox.Enqueue(db, ConfirmSubscription, language, new Dictionary<string, object?>
        {
            ["subscriberName"] = subscriberName,
            ["province"] = provinceName ?? (language == "en" ? "all provinces" : "mọi tỉnh, thành phố"),
            ["assetType"] = assetType is { } type ? AssetTypeLabel(type, language) : language == "en" ? "all kinds of assets" : "mọi loại tài sản",
            ["confirmUrl"] = links.AuctionSubscriptionConfirmation(confirmationToken),
            ["validHours"] = validHours,
        }, [email]);

    public static string AssetTypeLabel(AuctionAssetType type, string language) => (type, language == "en") switch
    {
        (AuctionAssetType.RealEstate, false) => "Nhà ở, công trình gắn liền với đất",
        (AuctionAssetType.RealEstate, true) => "Houses and buildings",
        (AuctionAssetType.LandUseRights, false) => "Quyền sử dụng đất",
        (AuctionAssetType.LandUseRights, true) => "Land-use rights",
        (AuctionAssetType.Vehicles, false) => "Phương tiện giao thông",
        (AuctionAssetType.Vehicles, true) => "Vehicles",
        (AuctionAssetType.Goods, false) => "Hàng hóa, máy móc, vật tư",
        (AuctionAssetType.Goods, true) => "Goods and machinery",
        (AuctionAssetType.ConfiscatedAssets, false) => "Tài sản tịch thu sung quỹ nhà nước",
        (AuctionAssetType.ConfiscatedAssets, true) => "Confiscated assets",
        (_, false) => "Tài sản khác",
        (_, true) => "Other assets",
    };
}
