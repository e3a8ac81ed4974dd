using GraphQL;
using Justice.Domain.Identity;
using Justice.Domain.JudicialRecords;
using Justice.Domain.Persistence;
using Justice.GraphQL.Access;
using Justice.GraphQL.CivilRegistry;

namespace Justice.GraphQL.JudicialRecords;

/// <summary>
/// Who may read judicial-record data: staff and client systems with <c>judicial.read</c> (never a citizen through
/// these fields), a stated purpose, and jurisdiction in the query: a caller bound to a unit sees the applications
/// received by, and the records kept by, an organisation in that unit or below; a record outside it is treated
/// as absent (null / NOT_FOUND).
/// </summary>
public static class JudicialAccess
{
    public const string RecordType = "JudicialRecord";
    public const string ApplicationType = "JudicialRecordCertificateApplication";
    /// <summary>The purpose recorded when citizens read their own applications.</summary>
    public const string OwnApplicationsPurpose = "tra cứu hồ sơ của chính mình";

    public static Caller RequireJudicialScope(this IResolveFieldContext context, string scope)
    {
        var caller = context.RequireScope(scope);
        if (caller.Kind == CallerKind.Citizen)
            throw new ExecutionError("Công dân tra cứu hồ sơ của mình qua myJudicialRecordApplications.") { Code = ErrorCodes.Forbidden };
        return caller;
    }

    public static Caller RequireJudicialRead(this IResolveFieldContext context)
    {
        var caller = context.RequireJudicialScope(JusticeScopes.JudicialRead);
        context.Request().Audit.StatePurpose(context.GetArgument<string?>("purpose"));
        return caller;
    }

    public static IQueryable<JudicialRecordCertificateApplication> Within(this IQueryable<JudicialRecordCertificateApplication> applications,
        JusticeDbContext db, IReadOnlySet<Guid>? covered)
    {
        if (covered is null) return applications;
        var organisations = RegistryAccess.AuthoritiesIn(db, covered);
        return applications.Where(a => a.ProcessingOrganisationId != null && organisations.Contains(a.ProcessingOrganisationId.Value));
    }

    public static IQueryable<JudicialRecord> Within(this IQueryable<JudicialRecord> records, JusticeDbContext db, IReadOnlySet<Guid>? covered)
    {
        if (covered is null) return records;
        var organisations = RegistryAccess.AuthoritiesIn(db, covered);
        return records.Where(r => r.KeeperOrganisationId != null && organisations.Contains(r.KeeperOrganisationId.Value));
    }

    public static string StatusText(CertificateApplicationStatus status) => status switch
    {
        CertificateApplicationStatus.Received => "Đã tiếp nhận",
        CertificateApplicationStatus.Processing => "Đang giải quyết",
        CertificateApplicationStatus.Verifying => "Đang xác minh",
        CertificateApplicationStatus.Issued => "Đã cấp Phiếu lý lịch tư pháp",
        CertificateApplicationStatus.Refused => "Từ chối cấp Phiếu lý lịch tư pháp",
        _ => status.ToString(),
    };
}
