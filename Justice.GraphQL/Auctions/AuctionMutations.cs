using GraphQL;
using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Justice.Mail.Flows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Auctions;

/// <summary>Tổ chức đấu giá lập và công khai thông báo đấu giá của chính mình.</summary>
public sealed record CreateAuctionNoticeInput
{
    [Id] public string AssetOwnerId { get; init; } = "";
    /// <summary>Tỉnh nơi có tài sản; mặc định là tỉnh của tổ chức đấu giá.</summary>
    [Id] public string? ProvinceId { get; init; }
    public string AssetDescription { get; init; } = "";
    public AuctionAssetType AssetType { get; init; }
    [InputType(typeof(NonNullGraphType<VndScalar>))] public long StartingPrice { get; init; }
    [InputType(typeof(NonNullGraphType<VndScalar>))] public long Deposit { get; init; }
    public DateTime ViewingFrom { get; init; }
    public DateTime ViewingTo { get; init; }
    public string ViewingPlace { get; init; } = "";
    public DateTime RegistrationDeadline { get; init; }
    public DateTime AuctionAt { get; init; }
    public string AuctionPlace { get; init; } = "";
    public AuctionForm Form { get; init; }
    public AuctionMethod Method { get; init; }
}

public sealed class CreateAuctionNoticeInputType : AutoRegisteringInputObjectGraphType<CreateAuctionNoticeInput>
{
    public CreateAuctionNoticeInputType()
    {
        Name = "CreateAuctionNoticeInput";
        Description = "Nội dung thông báo đấu giá (bản nháp); các thời điểm theo UTC.";
    }
}

public sealed record AuctionNoticeChangeInput
{
    [Id] public string Id { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed class AuctionNoticeChangeInputType : AutoRegisteringInputObjectGraphType<AuctionNoticeChangeInput>
{
    public AuctionNoticeChangeInputType()
    {
        Name = "PublishAuctionNoticeInput";
        Description = "Thông báo cần công khai và phiên bản đã xem.";
    }
}

public sealed record AuctionNoticeReasonInput
{
    [Id] public string Id { get; init; } = "";
    public string Reason { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed class AuctionNoticeReasonInputType : AutoRegisteringInputObjectGraphType<AuctionNoticeReasonInput>
{
    public AuctionNoticeReasonInputType()
    {
        Name = "AuctionNoticeReasonInput";
        Description = "Thông báo, lý do (tạm dừng, hủy) và phiên bản đã xem.";
    }
}

public sealed record RecordAuctionResultInput
{
    [Id] public string Id { get; init; } = "";
    /// <summary>Giá trúng đấu giá, khi bán được.</summary>
    [InputType(typeof(VndScalar))] public long? WinningPrice { get; init; }
    /// <summary>Lý do đấu giá không thành, khi không bán được.</summary>
    public string? NotSoldReason { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed class RecordAuctionResultInputType : AutoRegisteringInputObjectGraphType<RecordAuctionResultInput>
{
    public RecordAuctionResultInputType()
    {
        Name = "RecordAuctionResultInput";
        Description = "Kết quả cuộc đấu giá: winningPrice khi bán được, hoặc notSoldReason khi đấu giá không thành.";
    }
}

public sealed class PostponeAuctionNoticePayloadType() : PayloadType<AuctionNoticeGraphType, PublicAuctionNotice>("PostponeAuctionNoticePayload", "auctionNotice");
public sealed class CancelAuctionNoticePayloadType() : PayloadType<AuctionNoticeGraphType, PublicAuctionNotice>("CancelAuctionNoticePayload", "auctionNotice");
public sealed class RecordAuctionResultPayloadType() : PayloadType<AuctionNoticeGraphType, PublicAuctionNotice>("RecordAuctionResultPayload", "auctionNotice");
public sealed class CreateAuctionNoticePayloadType() : PayloadType<AuctionNoticeGraphType, PublicAuctionNotice>("CreateAuctionNoticePayload", "auctionNotice");
public sealed class PublishAuctionNoticePayloadType() : PayloadType<AuctionNoticeGraphType, PublicAuctionNotice>("PublishAuctionNoticePayload", "auctionNotice");

public sealed class AuctionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateAuctionNoticePayloadType>>("createAuctionNotice")
            .Description("Lập bản nháp thông báo đấu giá cho tổ chức đấu giá của tài khoản (quyền auctions.write).")
            .Argument<NonNullGraphType<CreateAuctionNoticeInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireScope(JusticeScopes.AuctionsWrite);
                var input = c.GetArgument<CreateAuctionNoticeInput>("input");
                var db = c.Db();
                return await Mutations.RunAsync(async () =>
                {
                    var organisation = await db.Set<AuctionOrganisation>().AsNoTracking()
                        .FirstOrDefaultAsync(o => o.OrganisationId == caller.OrganisationId, c.CancellationToken)
                        ?? throw new DomainException(AuctionOrganisation.NotOwnOrganisationCode, "Tài khoản không thuộc tổ chức đấu giá tài sản nào.");
                    var ownerId = GlobalId.Decode(input.AssetOwnerId, "AssetOwner");
                    if (!await db.Set<AssetOwner>().AnyAsync(o => o.Id == ownerId, c.CancellationToken))
                        throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy người có tài sản đấu giá.");
                    var provinceId = input.ProvinceId is { } p ? GlobalId.Decode(p, "AdministrativeUnit") : organisation.ProvinceId;
                    if (!await db.Set<AdministrativeUnit>().AnyAsync(u => u.Id == provinceId && u.Level == AdministrativeLevel.Province, c.CancellationToken))
                        throw new DomainException("AUCTION_PROVINCE_INVALID", "Tỉnh, thành phố nơi có tài sản không hợp lệ.");
                    var terms = new AuctionNoticeTerms(input.AssetDescription, input.AssetType, input.StartingPrice, input.Deposit,
                        Utc(input.ViewingFrom), Utc(input.ViewingTo), input.ViewingPlace, Utc(input.RegistrationDeadline), Utc(input.AuctionAt),
                        input.AuctionPlace, input.Form, input.Method);
                    var notice = new PublicAuctionNotice(organisation.Id, ownerId, provinceId, terms, Rules(c));
                    db.Add(notice);
                    await db.SaveChangesAsync(c.CancellationToken);
                    return notice;
                });
            });

        mutation.Field<NonNullGraphType<PublishAuctionNoticePayloadType>>("publishAuctionNotice")
            .Description("Công khai thông báo đấu giá của tổ chức mình; đủ số ngày tối thiểu trước ngày đấu giá (quyền auctions.write).")
            .Argument<NonNullGraphType<AuctionNoticeChangeInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<AuctionNoticeChangeInput>("input");
                return ChangeNoticeAsync(c, input.Id, input.ExpectedVersion, (notice, now) => notice.Publish(now, Rules(c)),
                    // The subscribers' mails are committed with the publication, by the same SaveChanges.
                    notice => c.Service<AuctionNoticeMails>().EnqueuePublishedAsync(c.Db(), notice, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<PostponeAuctionNoticePayloadType>>("postponeAuctionNotice")
            .Description("Tạm dừng cuộc đấu giá đã công khai, kèm lý do (quyền auctions.write, tổ chức của mình).")
            .Argument<NonNullGraphType<AuctionNoticeReasonInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<AuctionNoticeReasonInput>("input");
                return ChangeNoticeAsync(c, input.Id, input.ExpectedVersion, (notice, now) => notice.Postpone(input.Reason, now));
            });

        mutation.Field<NonNullGraphType<CancelAuctionNoticePayloadType>>("cancelAuctionNotice")
            .Description("Hủy thông báo đấu giá, kèm lý do (quyền auctions.write, tổ chức của mình).")
            .Argument<NonNullGraphType<AuctionNoticeReasonInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<AuctionNoticeReasonInput>("input");
                return ChangeNoticeAsync(c, input.Id, input.ExpectedVersion, (notice, now) => notice.Cancel(input.Reason, now));
            });

        mutation.Field<NonNullGraphType<RecordAuctionResultPayloadType>>("recordAuctionResult")
            .Description("Ghi kết quả sau cuộc đấu giá: giá trúng (bán được) hoặc lý do đấu giá không thành (quyền auctions.write, tổ chức của mình).")
            .Argument<NonNullGraphType<RecordAuctionResultInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<RecordAuctionResultInput>("input");
                return ChangeNoticeAsync(c, input.Id, input.ExpectedVersion, (notice, now) =>
                {
                    if (input.WinningPrice is { } price) notice.RecordSale(price, now);
                    else notice.RecordNoSale(input.NotSoldReason ?? "", now);
                });
            });
    }

    /// <summary>Loads a notice, refuses a caller of another organisation and a stale version, applies the change, saves.</summary>
    private static async Task<object?> ChangeNoticeAsync(IResolveFieldContext c, string globalId, int? expectedVersion, Action<PublicAuctionNotice, DateTime> change,
        Func<PublicAuctionNotice, Task>? afterChange = null)
    {
        var caller = c.RequireScope(JusticeScopes.AuctionsWrite);
        var db = c.Db();
        return await Mutations.RunAsync(async () =>
        {
            var id = GlobalId.Decode(globalId, "AuctionNotice");
            var notice = await db.Set<PublicAuctionNotice>().FirstOrDefaultAsync(n => n.Id == id, c.CancellationToken)
                ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy thông báo đấu giá.");
            var organisation = await db.Set<AuctionOrganisation>().AsNoTracking()
                .FirstAsync(o => o.Id == notice.AuctionOrganisationId, c.CancellationToken);
            organisation.EnsureActingFor(caller.OrganisationId);
            Mutations.CheckVersion(notice, expectedVersion);
            change(notice, c.Service<TimeProvider>().GetUtcNow().UtcDateTime);
            if (afterChange is not null) await afterChange(notice);
            await db.SaveChangesAsync(c.CancellationToken);
            return notice;
        });
    }

    private static AuctionRulesOptions Rules(IResolveFieldContext c) =>
        c.RequestServices!.GetService<AuctionRulesOptions>() ?? AuctionRulesOptions.Default;

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
