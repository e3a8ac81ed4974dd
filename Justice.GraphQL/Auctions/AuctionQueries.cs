using GraphQL;
using GraphQL.Types;
using Justice.Domain.Auctions;
using Justice.Domain.Common;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Auctions;

/// <summary>
/// The National Property Auction Portal: directories and public notices are read by anyone; a draft is
/// seen only by its own auction organisation.
/// </summary>
public sealed class AuctionQueries : IQueryFields, INodeResolver
{
    private static readonly OrderMap<PublicAuctionNotice, AuctionNoticeOrderField> Orders = new OrderMap<PublicAuctionNotice, AuctionNoticeOrderField>()
        .Add(AuctionNoticeOrderField.AuctionDate, n => n.AuctionAt)
        .Add(AuctionNoticeOrderField.PublishedAt, n => n.PublishedAt)
        .Add(AuctionNoticeOrderField.StartingPrice, n => n.StartingPrice);

    public string TypeName => "AuctionNotice";

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<AuctionOrganisationGraphType>("auctionOrganisations")
            .Description("Danh sách tổ chức đấu giá tài sản, lọc theo tỉnh và tên.")
            .Argument<IdGraphType>("provinceId")
            .Argument<StringGraphType>("nameContains")
            .Argument<EnumerationGraphType<AuctionOrganisationKind>>("kind")
            .ResolveAsync(async c =>
            {
                var organisations = c.Db().Set<AuctionOrganisation>().AsNoTracking();
                if (c.GetArgument<string?>("provinceId") is { } province)
                {
                    var id = GlobalId.Decode(province, "AdministrativeUnit");
                    organisations = organisations.Where(o => o.ProvinceId == id);
                }
                if (c.GetArgument<AuctionOrganisationKind?>("kind") is { } kind) organisations = organisations.Where(o => o.Kind == kind);
                if (VietnameseText.NormalizeOptional(c.GetArgument<string?>("nameContains")) is { } name)
                    organisations = organisations.Where(o => o.Name.Contains(name));
                return await organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).ToConnectionAsync(c);
            });

        query.Connection<AuctioneerGraphType>("auctioneers")
            .Description("Danh sách đấu giá viên, lọc theo tỉnh (của tổ chức đấu giá), tổ chức và tên.")
            .Argument<IdGraphType>("provinceId")
            .Argument<IdGraphType>("auctionOrganisationId")
            .Argument<StringGraphType>("nameContains")
            .ResolveAsync(async c =>
            {
                var db = c.Db();
                var auctioneers = db.Set<Auctioneer>().AsNoTracking();
                if (c.GetArgument<string?>("provinceId") is { } province)
                {
                    var id = GlobalId.Decode(province, "AdministrativeUnit");
                    auctioneers = auctioneers.Where(a => db.Set<AuctionOrganisation>().Any(o => o.Id == a.AuctionOrganisationId && o.ProvinceId == id));
                }
                if (c.GetArgument<string?>("auctionOrganisationId") is { } organisation)
                {
                    var id = GlobalId.Decode(organisation, "AuctionOrganisation");
                    auctioneers = auctioneers.Where(a => a.AuctionOrganisationId == id);
                }
                if (VietnameseText.NormalizeOptional(c.GetArgument<string?>("nameContains")) is { } name)
                    auctioneers = auctioneers.Where(a => a.FullName.Contains(name));
                return await auctioneers.OrderBy(a => a.FullName).ThenBy(a => a.Id).ToConnectionAsync(c);
            });

        query.Connection<AuctionNoticeGraphType>("auctionNotices")
            .Description("Thông báo đấu giá theo bộ lọc và thứ tự (mặc định: ngày đấu giá gần nhất trước). Bản nháp chỉ tổ chức đấu giá của mình thấy.")
            .Argument<AuctionNoticeFilterInputType>("filter")
            .Argument<AuctionNoticeOrderInputType>("order")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<AuctionNoticeFilter?>("filter") ?? new AuctionNoticeFilter();
                var notices = filter.Apply(Visible(c));
                var ordered = Orders.Apply(notices, c.GetArgument<Order<AuctionNoticeOrderField>?>("order"),
                    new Order<AuctionNoticeOrderField>(AuctionNoticeOrderField.AuctionDate, SortDirection.Desc));
                return await ordered.ToConnectionAsync(c);
            });

        query.Connection<AuctionNoticeGraphType>("auctionResults")
            .Description("Kết quả đấu giá: các thông báo đã có kết quả, cuộc đấu giá gần nhất trước.")
            .Argument<IdGraphType>("provinceId")
            .ResolveAsync(async c =>
            {
                var filter = new AuctionNoticeFilter { ProvinceId = c.GetArgument<string?>("provinceId") };
                var held = filter.Apply(Visible(c)).Where(n => n.Status == PublicAuctionNoticeStatus.Held);
                return await held.OrderByDescending(n => n.AuctionAt).ThenBy(n => n.Id).ToConnectionAsync(c);
            });

        query.Connection<AssetOwnerGraphType>("assetOwners")
            .Description("Người có tài sản đấu giá, lọc theo tỉnh và tên (để lập thông báo đấu giá).")
            .Argument<IdGraphType>("provinceId")
            .Argument<StringGraphType>("nameContains")
            .ResolveAsync(async c =>
            {
                var owners = c.Db().Set<AssetOwner>().AsNoTracking();
                if (c.GetArgument<string?>("provinceId") is { } province)
                {
                    var id = GlobalId.Decode(province, "AdministrativeUnit");
                    owners = owners.Where(o => o.ProvinceId == id);
                }
                if (VietnameseText.NormalizeOptional(c.GetArgument<string?>("nameContains")) is { } name)
                    owners = owners.Where(o => o.Name.Contains(name));
                return await owners.OrderBy(o => o.Name).ThenBy(o => o.Id).ToConnectionAsync(c);
            });

        query.Field<AuctionNoticeGraphType>("auctionNotice")
            .Description("Một thông báo đấu giá theo mã định danh.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await ResolveAsync(c, GlobalId.Decode(c.GetArgument<string>("id"), TypeName)));
    }

    /// <summary>Published (and later) notices for everyone; drafts only for the staff of their own organisation.</summary>
    internal static IQueryable<PublicAuctionNotice> Visible(IResolveFieldContext c)
    {
        var db = c.Db();
        var organisationId = c.Caller().OrganisationId;
        var notices = db.Set<PublicAuctionNotice>().AsNoTracking();
        return organisationId is { } own
            ? notices.Where(n => n.Status != PublicAuctionNoticeStatus.Draft
                                 || db.Set<AuctionOrganisation>().Any(o => o.Id == n.AuctionOrganisationId && o.OrganisationId == own))
            : notices.Where(n => n.Status != PublicAuctionNoticeStatus.Draft);
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await Visible(context).FirstOrDefaultAsync(n => n.Id == id, context.CancellationToken);
}

public sealed class AuctionOrganisationNodeResolver : INodeResolver
{
    public string TypeName => "AuctionOrganisation";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<AuctionOrganisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, context.CancellationToken);
}

public sealed class AssetOwnerNodeResolver : INodeResolver
{
    public string TypeName => "AssetOwner";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<AssetOwner>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, context.CancellationToken);
}

public sealed class AuctioneerNodeResolver : INodeResolver
{
    public string TypeName => "Auctioneer";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<Auctioneer>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, context.CancellationToken);
}
