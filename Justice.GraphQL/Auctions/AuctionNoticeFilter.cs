using GraphQL;
using GraphQL.Types;
using Justice.Domain.Auctions;
using Justice.Domain.Common;
using Justice.GraphQL.Common;

namespace Justice.GraphQL.Auctions;

/// <summary>The filters of the <c>auctionNotices</c> list; every one optional, all combined with AND.</summary>
public sealed record AuctionNoticeFilter
{
    [Id] public string? ProvinceId { get; init; }
    public IReadOnlyList<AuctionAssetType>? AssetTypes { get; init; }
    public IReadOnlyList<PublicAuctionNoticeStatus>? Statuses { get; init; }
    /// <summary>Auctions held on or after this day (Vietnam's calendar).</summary>
    public DateOnly? AuctionFrom { get; init; }
    /// <summary>Auctions held on or before this day (Vietnam's calendar).</summary>
    public DateOnly? AuctionTo { get; init; }
    [InputType(typeof(VndScalar))] public long? StartingPriceMin { get; init; }
    [InputType(typeof(VndScalar))] public long? StartingPriceMax { get; init; }
    [Id] public string? AuctionOrganisationId { get; init; }

    public IQueryable<PublicAuctionNotice> Apply(IQueryable<PublicAuctionNotice> notices)
    {
        if (ProvinceId is not null)
        {
            var id = GlobalId.Decode(ProvinceId, "AdministrativeUnit");
            notices = notices.Where(n => n.ProvinceId == id);
        }
        if (AuctionOrganisationId is not null)
        {
            var id = GlobalId.Decode(AuctionOrganisationId, "AuctionOrganisation");
            notices = notices.Where(n => n.AuctionOrganisationId == id);
        }
        if (AssetTypes is { Count: > 0 }) notices = notices.Where(n => AssetTypes.Contains(n.AssetType));
        if (Statuses is { Count: > 0 }) notices = notices.Where(n => Statuses.Contains(n.Status));
        if (AuctionFrom is { } from)
        {
            var start = VietnamTime.ToUtc(from, TimeOnly.MinValue);
            notices = notices.Where(n => n.AuctionAt >= start);
        }
        if (AuctionTo is { } to)
        {
            var end = VietnamTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            notices = notices.Where(n => n.AuctionAt < end);
        }
        if (StartingPriceMin is { } min) notices = notices.Where(n => n.StartingPrice >= min);
        if (StartingPriceMax is { } max) notices = notices.Where(n => n.StartingPrice <= max);
        return notices;
    }
}

public sealed class AuctionNoticeFilterInputType : AutoRegisteringInputObjectGraphType<AuctionNoticeFilter>
{
    public AuctionNoticeFilterInputType()
    {
        Name = "AuctionNoticeFilter";
        Description = "Bộ lọc thông báo đấu giá; các điều kiện kết hợp với nhau (AND).";
    }
}

public enum AuctionNoticeOrderField { AuctionDate, PublishedAt, StartingPrice }

public sealed class AuctionNoticeOrderInputType : OrderInputType<AuctionNoticeOrderField>;
