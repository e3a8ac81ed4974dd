using GraphQL;
using GraphQL.Types;
using Justice.Domain.Identity;
using Justice.Domain.JudicialRecords;
using Justice.GraphQL.Access;
using Justice.GraphQL.CivilRegistry;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.JudicialRecords;

/// <summary>Judicial records (lý lịch tư pháp) and certificate applications.</summary>
public sealed class JudicialRecordQueries : IQueryFields
{
    private const string Purpose = "Mục đích khai thác dữ liệu cá nhân (bắt buộc, ghi vào nhật ký truy cập).";
    private const string Access = " Cần quyền judicial.read (cán bộ, hệ thống kết nối; không dành cho công dân). Người dùng gắn với một địa bàn chỉ thấy "
        + "dữ liệu của cơ quan trong địa bàn đó; bản ghi ngoài địa bàn được coi như không tồn tại.";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<JudicialRecordGraphType>("judicialRecord")
            .Description("Lý lịch tư pháp của một người theo số định danh cá nhân; null nếu không có hoặc ngoài phạm vi quản lý." + Access)
            .Argument<NonNullGraphType<PersonalIdNumberScalar>>("personalIdNumber")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", Purpose)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireJudicialRead();
                var number = PersonNumbers.Parse(c.GetArgument<string>("personalIdNumber"));
                var db = c.Db();
                return await db.Set<JudicialRecord>().AsNoTracking().Within(db, await c.CoveredUnitsAsync(caller))
                    .FirstOrDefaultAsync(r => r.PersonalIdNumber == number, c.CancellationToken);
            });

        query.Connection<JudicialRecordCertificateApplicationGraphType>("judicialRecordCertificateApplications")
            .Description("Các yêu cầu cấp Phiếu lý lịch tư pháp, mới tiếp nhận trước." + Access)
            .Argument<JudicialRecordApplicationFilterInputType>("filter")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", Purpose)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireJudicialRead();
                var filter = c.GetArgument<JudicialRecordApplicationFilter?>("filter") ?? new JudicialRecordApplicationFilter();
                var db = c.Db();
                var today = Justice.Domain.Common.VietnamTime.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime);
                var applications = filter.Apply(db.Set<JudicialRecordCertificateApplication>().AsNoTracking()
                    .Within(db, await c.CoveredUnitsAsync(caller)), today);
                return await applications.OrderByDescending(a => a.ReceivedOn).ThenBy(a => a.Id).ToConnectionAsync(c);
            });

        query.Field<JudicialRecordCertificateApplicationGraphType>("judicialRecordCertificateApplication")
            .Description("Một yêu cầu cấp Phiếu lý lịch tư pháp; null nếu không có hoặc ngoài phạm vi quản lý." + Access)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", Purpose)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireJudicialRead();
                var id = GlobalId.Decode(c.GetArgument<string>("id"), JudicialAccess.ApplicationType);
                return await JudicialRecordApplicationNodeResolver.FindAsync(c, caller, id);
            });

        query.Field<JudicialRecordApplicationStatusGraphType>("judicialRecordApplicationStatus")
            .Description("Tra cứu công khai tình trạng hồ sơ theo mã hồ sơ: chỉ trạng thái và các mốc ngày, không có thông tin cá nhân; không cần đăng nhập. Null nếu không có mã này.")
            .Argument<NonNullGraphType<StringGraphType>>("trackingCode", "Mã hồ sơ ghi trên giấy biên nhận, ví dụ LLTP-250701-048213.")
            .ResolveAsync(async c =>
            {
                var code = Justice.Domain.Common.VietnameseText.NormalizeOptional(c.GetArgument<string>("trackingCode"))?.ToUpperInvariant();
                if (code is null or { Length: > 30 }) return null;
                return await c.Db().Set<JudicialRecordCertificateApplication>().AsNoTracking()
                    .FirstOrDefaultAsync(a => a.TrackingCode == code, c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JudicialRecordCertificateApplicationGraphType>>>>("myJudicialRecordApplications")
            .Description("Công dân đã đăng nhập xem các yêu cầu cấp Phiếu lý lịch tư pháp của chính mình (theo số định danh cá nhân của tài khoản), "
                + "mới trước, tối đa 100. Được ghi nhật ký với mục đích \"" + JudicialAccess.OwnApplicationsPurpose + "\".")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireAuthenticated();
                if (caller.Kind != CallerKind.Citizen || caller.PersonalIdNumber is null)
                    throw new ExecutionError("Chỉ công dân đã xác thực số định danh cá nhân mới xem được hồ sơ của mình.") { Code = ErrorCodes.Forbidden };
                var number = PersonNumbers.Parse(caller.PersonalIdNumber);
                c.Request().Audit.StatePurpose(JudicialAccess.OwnApplicationsPurpose);
                return await c.Db().Set<JudicialRecordCertificateApplication>().AsNoTracking()
                    .Where(a => a.ApplicantPersonalIdNumber == number)
                    .OrderByDescending(a => a.ReceivedOn).ThenBy(a => a.Id).Take(Paging.MaxPageSize)
                    .ToListAsync(c.CancellationToken);
            });
    }
}

public sealed class JudicialRecordApplicationNodeResolver : INodeResolver
{
    public string TypeName => JudicialAccess.ApplicationType;

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await FindAsync(context, context.RequireJudicialScope(JusticeScopes.JudicialRead), id);

    internal static async Task<JudicialRecordCertificateApplication?> FindAsync(IResolveFieldContext context, Caller caller, Guid id)
    {
        var db = context.Db();
        return await db.Set<JudicialRecordCertificateApplication>().AsNoTracking().Within(db, await context.CoveredUnitsAsync(caller))
            .FirstOrDefaultAsync(a => a.Id == id, context.CancellationToken);
    }
}

public sealed class JudicialRecordNodeResolver : INodeResolver
{
    public string TypeName => JudicialAccess.RecordType;

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        var caller = context.RequireJudicialScope(JusticeScopes.JudicialRead);
        var db = context.Db();
        return await db.Set<JudicialRecord>().AsNoTracking().Within(db, await context.CoveredUnitsAsync(caller))
            .FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken);
    }
}

/// <summary>The filters of the applications list; every one optional, all combined with AND.</summary>
public sealed record JudicialRecordApplicationFilter
{
    public CertificateApplicationStatus? Status { get; init; }
    public CertificateType? CertificateType { get; init; }
    public ApplicationChannel? Channel { get; init; }
    public DateOnly? ReceivedFrom { get; init; }
    public DateOnly? ReceivedTo { get; init; }
    /// <summary>Only open applications past their deadline.</summary>
    public bool? OverdueOnly { get; init; }

    public IQueryable<JudicialRecordCertificateApplication> Apply(IQueryable<JudicialRecordCertificateApplication> applications, DateOnly today)
    {
        if (Status is { } status) applications = applications.Where(a => a.Status == status);
        if (CertificateType is { } type) applications = applications.Where(a => a.CertificateType == type);
        if (Channel is { } channel) applications = applications.Where(a => a.Channel == channel);
        if (ReceivedFrom is { } from) applications = applications.Where(a => a.ReceivedOn >= from);
        if (ReceivedTo is { } to) applications = applications.Where(a => a.ReceivedOn <= to);
        if (OverdueOnly == true)
            applications = applications.Where(a => a.Status != CertificateApplicationStatus.Issued && a.Status != CertificateApplicationStatus.Refused
                                                   && a.Deadline < today);
        return applications;
    }
}

public sealed class JudicialRecordApplicationFilterInputType : AutoRegisteringInputObjectGraphType<JudicialRecordApplicationFilter>
{
    public JudicialRecordApplicationFilterInputType()
    {
        Name = "JudicialRecordApplicationFilter";
        Description = "Bộ lọc yêu cầu cấp Phiếu lý lịch tư pháp; các điều kiện kết hợp với nhau (AND).";
    }
}
