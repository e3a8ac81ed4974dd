using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Justice.Domain.Audit;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.JudicialRecords;
using Justice.Domain.Organisations;
using Justice.GraphQL.Access;
using Justice.GraphQL.CivilRegistry;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Justice.Mail.Flows;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.JudicialRecords;

/// <summary>Online application for a certificate (public) and its processing by staff (<c>judicial.write</c>).</summary>
public sealed class JudicialRecordMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ApplyForJudicialRecordCertificatePayloadType>>("applyForJudicialRecordCertificate")
            .Description("Nộp trực tuyến yêu cầu cấp Phiếu lý lịch tư pháp; không cần đăng nhập. Trả về mã hồ sơ và trạng thái (không trả lại thông tin cá nhân).")
            .Argument<NonNullGraphType<ApplyForJudicialRecordCertificateInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ApplyForJudicialRecordCertificateInput>("input");
                Guid? organisationId = input.ProcessingOrganisationId is { } org ? GlobalId.Decode(org, "Organisation") : null;
                return await Mutations.RunAsync(async () =>
                {
                    var db = c.Db();
                    var now = c.Service<TimeProvider>().GetUtcNow().UtcDateTime;
                    var today = VietnamTime.LocalDate(now);
                    if (input.DateOfBirth > today)
                        throw new DomainException("APPLICANT_BIRTH_DATE_INVALID", "Ngày sinh không thể sau ngày hôm nay.");
                    if (organisationId is { } id && !await db.Set<Organisation>().AnyAsync(o => o.Id == id
                            && (o.Kind == OrganisationKind.ProvincialJusticeDepartment || o.Kind == OrganisationKind.MinistryOfJusticeUnit), c.CancellationToken))
                        throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy cơ quan cấp Phiếu lý lịch tư pháp.");
                    // About a million codes a day: at a few thousand applications a day a repeat is likely, so draw again.
                    string code;
                    var attempts = 0;
                    do code = JudicialRecordCertificateApplication.NewTrackingCode(today, Random.Shared);
                    while (await db.Set<JudicialRecordCertificateApplication>().AnyAsync(a => a.TrackingCode == code, c.CancellationToken) && ++attempts < 20);
                    var application = new JudicialRecordCertificateApplication(code,
                        new CertificateApplicant(input.FullName, input.Sex, input.DateOfBirth, input.PersonalIdNumber, input.Address,
                            input.ApplicantEmail),
                        input.CertificateType, input.Purpose, input.Copies ?? 1, input.Delivery ?? CertificateDelivery.AtOffice,
                        ApplicationChannel.Online, today, organisationId, input.IncludeManagementPostBans ?? false);
                    db.Add(application);
                    // Committed by the same SaveChanges as the application: both, or neither.
                    c.Service<JudicialRecordMails>().EnqueueReceived(db, application);
                    var caller = c.Caller();
                    db.Add(new AuditLogEntry(now, caller.AuditName, "create", JudicialAccess.ApplicationType, application.Id.ToString(),
                        "Nộp yêu cầu cấp Phiếu lý lịch tư pháp trực tuyến", caller.OrganisationId, "application", caller.ClientId));
                    await db.SaveChangesAsync(c.CancellationToken);
                    return application;
                });
            });

        mutation.Field<NonNullGraphType<ProcessJudicialRecordApplicationPayloadType>>("processJudicialRecordApplication")
            .Description("Cán bộ giải quyết yêu cầu: ACCEPT (bắt đầu giải quyết), REQUIRE_VERIFICATION, ISSUE (cấp phiếu), REFUSE (từ chối). "
                + "Bước không hợp lệ: CERTIFICATE_APPLICATION_TRANSITION_REFUSED; phiên bản cũ: CONCURRENT_CHANGE. Cần quyền judicial.write; "
                + "hồ sơ ngoài phạm vi quản lý được coi như không tồn tại (NOT_FOUND).")
            .Argument<NonNullGraphType<ProcessJudicialRecordApplicationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireJudicialScope(JusticeScopes.JudicialWrite);
                var input = c.GetArgument<ProcessJudicialRecordApplicationInput>("input");
                var id = GlobalId.Decode(input.ApplicationId, JudicialAccess.ApplicationType);
                c.Request().Audit.StatePurpose("Giải quyết yêu cầu cấp Phiếu lý lịch tư pháp");
                return await Mutations.RunAsync(() => ProcessAsync(c, caller, id, input));
            });
    }

    private static async Task<JudicialRecordCertificateApplication> ProcessAsync(IResolveFieldContext c, Caller caller, Guid id,
        ProcessJudicialRecordApplicationInput input)
    {
        var db = c.Db();
        var now = c.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = VietnamTime.LocalDate(now);
        var application = await db.Set<JudicialRecordCertificateApplication>().AsTracking()
                              .Within(db, await c.CoveredUnitsAsync(caller))
                              .FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken)
                          ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy hồ sơ trong phạm vi quản lý.");
        Mutations.CheckVersion(application, input.ExpectedVersion);
        switch (input.Action)
        {
            case JudicialRecordApplicationAction.Accept:
                application.StartProcessing();
                break;
            case JudicialRecordApplicationAction.RequireVerification:
                application.RequireVerification();
                break;
            case JudicialRecordApplicationAction.Issue:
                var number = application.ApplicantPersonalIdNumber;
                var record = await db.Set<JudicialRecord>().AsTracking().Include(r => r.Convictions).Include(r => r.ManagementPostBans)
                    .FirstOrDefaultAsync(r => r.PersonalIdNumber == number, c.CancellationToken);
                db.Add(application.Issue(record, input.CertificateNumber ?? $"{application.TrackingCode}/PLLTP", today,
                    input.SignerName ?? "", input.SignerTitle ?? ""));
                await c.Service<JudicialRecordMails>().EnqueueReadyAsync(db, application, c.CancellationToken);
                break;
            case JudicialRecordApplicationAction.Refuse:
                application.Refuse(input.Reason ?? "", today);
                c.Service<JudicialRecordMails>().EnqueueRefused(db, application);
                break;
        }
        db.Add(new AuditLogEntry(now, caller.AuditName, input.Action.ToString().ToLowerInvariant(), JudicialAccess.ApplicationType,
            application.Id.ToString(), "Giải quyết yêu cầu cấp Phiếu lý lịch tư pháp", caller.OrganisationId, "status", caller.ClientId));
        await db.SaveChangesAsync(c.CancellationToken);
        return application;
    }
}

public sealed record ApplyForJudicialRecordCertificateInput
{
    [Description("Họ và tên người yêu cầu.")]
    public string FullName { get; init; } = "";
    public Sex Sex { get; init; }
    public DateOnly DateOfBirth { get; init; }
    [Description("Số định danh cá nhân của người yêu cầu (khớp năm sinh và giới tính).")]
    [InputType(typeof(NonNullGraphType<PersonalIdNumberScalar>))] public string PersonalIdNumber { get; init; } = "";
    [Description("Địa chỉ nhận phiếu; bắt buộc khi nhận qua bưu điện.")]
    public string? Address { get; init; }
    [Description("Thư điện tử để nhận thông báo tiếp nhận, có kết quả hoặc từ chối (không bắt buộc; sai định dạng: EMAIL_INVALID).")]
    public string? ApplicantEmail { get; init; }
    public CertificateType CertificateType { get; init; }
    [Description("Mục đích sử dụng phiếu.")]
    public string Purpose { get; init; } = "";
    [Description("Số lượng phiếu (mặc định: 1).")]
    public int? Copies { get; init; }
    [Description("Cách nhận phiếu (mặc định: AT_OFFICE).")]
    public CertificateDelivery? Delivery { get; init; }
    public bool? IncludeManagementPostBans { get; init; }
    [Description("Sở Tư pháp nhận hồ sơ; bỏ trống: Trung tâm Lý lịch tư pháp quốc gia.")]
    [Id] public string? ProcessingOrganisationId { get; init; }
}

public sealed class ApplyForJudicialRecordCertificateInputType : AutoRegisteringInputObjectGraphType<ApplyForJudicialRecordCertificateInput>
{
    public ApplyForJudicialRecordCertificateInputType()
    {
        Name = "ApplyForJudicialRecordCertificateInput";
        Description = "Yêu cầu cấp Phiếu lý lịch tư pháp: người yêu cầu, loại phiếu, mục đích, số lượng, cách nhận.";
    }
}

public enum JudicialRecordApplicationAction
{
    /// <summary>Tiếp nhận và bắt đầu giải quyết.</summary>
    Accept,
    RequireVerification,
    Issue,
    Refuse,
}

public sealed record ProcessJudicialRecordApplicationInput
{
    [Id] public string ApplicationId { get; init; } = "";
    public JudicialRecordApplicationAction Action { get; init; }
    [Description("REFUSE: lý do từ chối báo cho người yêu cầu.")]
    public string? Reason { get; init; }
    [Description("ISSUE: số phiếu (mặc định: theo mã hồ sơ).")]
    public string? CertificateNumber { get; init; }
    public string? SignerName { get; init; }
    public string? SignerTitle { get; init; }
    [Description("Phiên bản đã đọc; khác phiên bản hiện tại thì bị từ chối (CONCURRENT_CHANGE).")]
    public int? ExpectedVersion { get; init; }
}

public sealed class ProcessJudicialRecordApplicationInputType : AutoRegisteringInputObjectGraphType<ProcessJudicialRecordApplicationInput>
{
    public ProcessJudicialRecordApplicationInputType()
    {
        Name = "ProcessJudicialRecordApplicationInput";
        Description = "Một bước giải quyết hồ sơ: ACCEPT, REQUIRE_VERIFICATION, ISSUE (cần người ký), REFUSE (cần lý do).";
    }
}

public sealed class ApplyForJudicialRecordCertificatePayloadType()
    : PayloadType<JudicialRecordApplicationStatusGraphType, JudicialRecordCertificateApplication>("ApplyForJudicialRecordCertificatePayload", "application");

public sealed class ProcessJudicialRecordApplicationPayloadType()
    : PayloadType<JudicialRecordCertificateApplicationGraphType, JudicialRecordCertificateApplication>("ProcessJudicialRecordApplicationPayload", "application");
