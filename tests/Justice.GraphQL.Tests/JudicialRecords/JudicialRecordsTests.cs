using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.Audit;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Identity;
using Justice.Domain.JudicialRecords;
using Justice.Domain.Organisations;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.JudicialRecords;

/// <summary>
/// Judicial records and certificate applications: staff and clients read with scope, purpose and jurisdiction;
/// the public applies online and follows the status by tracking code; citizens see their own applications;
/// staff process them through the domain's workflow.
/// </summary>
public class JudicialRecordsTests(JudicialRecordsTests.Host host) : IClassFixture<JudicialRecordsTests.Host>
{
    public sealed class Host : GraphQLHost
    {
        private Task<JudicialFacts>? _facts;
        public Task<JudicialFacts> FactsAsync() => _facts ??= WithDbAsync(JudicialFacts.LoadAsync);
    }

    /// <summary>A Department of Justice (D) with a record it keeps and an application it received; another department (E).</summary>
    public sealed record JudicialFacts(Guid DepartmentD, Guid UnitD, Guid DepartmentE, Guid UnitE, Guid RecordId, string RecordNumber,
        string FullName, Sex Sex, DateOnly DateOfBirth, Guid ApplicationId, string TrackingCode, string ApplicantNumber)
    {
        public static async Task<JudicialFacts> LoadAsync(Justice.Domain.Persistence.JusticeDbContext db)
        {
            var application = await db.Set<JudicialRecordCertificateApplication>().AsNoTracking().OrderBy(a => a.Id).FirstAsync();
            var department = await db.Set<Organisation>().AsNoTracking().SingleAsync(o => o.Id == application.ProcessingOrganisationId);
            var other = await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == OrganisationKind.ProvincialJusticeDepartment
                && o.AdministrativeUnitId != null && o.AdministrativeUnitId != department.AdministrativeUnitId).OrderBy(o => o.Id).FirstAsync();
            var record = await db.Set<JudicialRecord>().AsNoTracking().Where(r => r.KeeperOrganisationId == department.Id).OrderBy(r => r.Id).FirstAsync();
            return new JudicialFacts(department.Id, department.AdministrativeUnitId!.Value, other.Id, other.AdministrativeUnitId!.Value,
                record.Id, record.PersonalIdNumber!.Value, record.FullName, record.Sex, record.DateOfBirth,
                application.Id, application.TrackingCode, application.ApplicantPersonalIdNumber!.Value);
        }
    }

    private const string Purpose = "Giải quyết hồ sơ cấp Phiếu lý lịch tư pháp";

    private async Task<(Claim[] Claims, string Subject)> CallerAsync(string who)
    {
        var f = await host.FactsAsync();
        var claims = who switch
        {
            "anonymous" => TestCallers.Anonymous,
            "citizen" => TestCallers.Citizen(f.ApplicantNumber),
            "commune-officer" => TestCallers.Staff("hotich@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], null, f.UnitD),
            "officer-own" => TestCallers.Staff("lltp-d@stp.gov.vn", [StaffRoles.JudicialRecordsOfficer], f.DepartmentD, f.UnitD),
            "officer-other" => TestCallers.Staff("lltp-e@stp.gov.vn", [StaffRoles.JudicialRecordsOfficer], f.DepartmentE, f.UnitE),
            "client-with-scope" => TestCallers.Client("bo-cong-an", null, JusticeScopes.JudicialRead),
            "client-without-scope" => TestCallers.Client("bo-tai-chinh", null, JusticeScopes.RegistryRead),
            "codification-editor" => TestCallers.Staff("phapdien@mof.gov.vn", [StaffRoles.CodificationEditor], null, null),
            "admin" => TestCallers.Administrator(),
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };
        return (claims, claims.FirstOrDefault(c => c.Type == JusticeClaims.Subject)?.Value ?? "anonymous");
    }

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    private Task<AuditLogEntry?> AuditAsync(string actor, string entityType, Guid id) =>
        host.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking()
            .Where(e => e.Actor == actor && e.EntityType == entityType && e.EntityId == id.ToString() && e.Action == "read")
            .OrderByDescending(e => e.OccurredAt).FirstOrDefaultAsync());

    public static TheoryData<string, string> ReadMatrix => new()
    {
        { "anonymous", "UNAUTHENTICATED" },
        { "citizen", "FORBIDDEN" },
        { "commune-officer", "FORBIDDEN" },
        { "officer-own", "data" },
        { "officer-other", "null" },
        { "client-with-scope", "data" },
        { "client-without-scope", "FORBIDDEN" },
        { "codification-editor", "FORBIDDEN" },
        { "admin", "data" },
    };

    [Theory, MemberData(nameof(ReadMatrix))]
    public async Task A_judicial_record_is_read_by_the_right_callers_and_audited(string who, string expected)
    {
        var f = await host.FactsAsync();
        var (claims, subject) = await CallerAsync(who);
        var response = await host.PostAsync("""
            query($n: PersonalIdNumber!, $purpose: String!) { judicialRecord(personalIdNumber: $n, purpose: $purpose) {
              id fullName personalIdNumber keeper { name } convictions { judgmentNumber offence expungedOn } managementPostBans { decisionNumber } } }
            """, new { n = f.RecordNumber, purpose = Purpose }, claims);

        AssertOutcome(response, "judicialRecord", expected);
        if (expected != "data") return;
        var audit = await AuditAsync(subject, "JudicialRecord", f.RecordId);
        Assert.NotNull(audit);
        Assert.Equal(Purpose, audit.Purpose);
        Assert.Contains("convictions", audit.Fields);
        Assert.Contains("fullName", audit.Fields);
    }

    [Theory, MemberData(nameof(ReadMatrix))]
    public async Task An_application_by_id_is_read_by_the_right_callers_and_audited(string who, string expected)
    {
        var f = await host.FactsAsync();
        var (claims, subject) = await CallerAsync(who);
        var response = await host.PostAsync("""
            query($id: ID!, $purpose: String!) { judicialRecordCertificateApplication(id: $id, purpose: $purpose) {
              id trackingCode applicantFullName applicantPersonalIdNumber status statusText processingOrganisation { name } certificate { number } } }
            """, new { id = Id("JudicialRecordCertificateApplication", f.ApplicationId), purpose = Purpose }, claims);

        AssertOutcome(response, "judicialRecordCertificateApplication", expected);
        if (expected != "data") return;
        var audit = await AuditAsync(subject, "JudicialRecordCertificateApplication", f.ApplicationId);
        Assert.NotNull(audit);
        Assert.Contains("applicantFullName", audit.Fields);
    }

    [Theory, MemberData(nameof(ReadMatrix))]
    public async Task The_applications_list_is_bound_to_scope_and_jurisdiction(string who, string expected)
    {
        var f = await host.FactsAsync();
        var (claims, _) = await CallerAsync(who);
        var response = await host.PostAsync("""
            query($purpose: String!) { judicialRecordCertificateApplications(first: 100, purpose: $purpose) {
              totalCount edges { node { id processingOrganisation { id } } } } }
            """, new { purpose = Purpose }, claims);

        if (expected is "FORBIDDEN" or "UNAUTHENTICATED")
        {
            Assert.Contains(expected, response.ErrorCodes);
            return;
        }
        response.AssertNoErrors();
        var ids = response.Data.GetProperty("judicialRecordCertificateApplications").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.Equal(expected == "data", ids.Contains(Id("JudicialRecordCertificateApplication", f.ApplicationId)));
        if (who == "officer-own")
            Assert.All(response.Data.GetProperty("judicialRecordCertificateApplications").GetProperty("edges").EnumerateArray(),
                e => Assert.Equal(Id("Organisation", f.DepartmentD), e.GetProperty("node").GetProperty("processingOrganisation").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Anyone_follows_an_application_by_tracking_code_without_personal_data()
    {
        var f = await host.FactsAsync();
        var response = await host.PostAsync("""
            query($code: String!) { judicialRecordApplicationStatus(trackingCode: $code) { trackingCode status statusText receivedOn deadline decidedOn } }
            """, new { code = f.TrackingCode.ToLowerInvariant() });

        response.AssertNoErrors();
        var status = response.Data.GetProperty("judicialRecordApplicationStatus");
        Assert.Equal(f.TrackingCode, status.GetProperty("trackingCode").GetString());
        Assert.False(string.IsNullOrEmpty(status.GetProperty("statusText").GetString()));

        var personal = await host.PostAsync("query { judicialRecordApplicationStatus(trackingCode: \"LLTP-000000-000000\") { applicantFullName } }");
        Assert.True(personal.HasErrors); // the public type has no personal field at all
        var unknown = await host.PostAsync("query { judicialRecordApplicationStatus(trackingCode: \"LLTP-000000-000000\") { status } }");
        unknown.AssertNoErrors();
        Assert.Equal(JsonValueKind.Null, unknown.Data.GetProperty("judicialRecordApplicationStatus").ValueKind);
    }

    private const string Apply = """
        mutation($input: ApplyForJudicialRecordCertificateInput!) { applyForJudicialRecordCertificate(input: $input) {
          application { trackingCode status statusText receivedOn deadline } errors { code message } } }
        """;

    private async Task<object> ApplicationInputAsync(string? birthDate = null)
    {
        var f = await host.FactsAsync();
        return new
        {
            input = new
            {
                fullName = f.FullName.Normalize(System.Text.NormalizationForm.FormD),
                sex = f.Sex == Sex.Male ? "MALE" : "FEMALE",
                dateOfBirth = birthDate ?? f.DateOfBirth.ToString("yyyy-MM-dd"),
                personalIdNumber = f.RecordNumber,
                certificateType = "NO_1",
                purpose = "Bổ sung hồ sơ xin việc",
                processingOrganisationId = Id("Organisation", f.DepartmentD),
            },
        };
    }

    [Fact]
    public async Task The_public_applies_online_and_gets_a_tracking_code_then_staff_process_it()
    {
        var f = await host.FactsAsync();
        var applied = await host.PostAsync(Apply, await ApplicationInputAsync());
        applied.AssertNoErrors();
        var payload = applied.Data.GetProperty("applyForJudicialRecordCertificate");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var code = payload.GetProperty("application").GetProperty("trackingCode").GetString()!;
        Assert.Equal("RECEIVED", payload.GetProperty("application").GetProperty("status").GetString());
        var stored = await host.WithDbAsync(db => db.Set<JudicialRecordCertificateApplication>().AsNoTracking().SingleAsync(a => a.TrackingCode == code));
        Assert.Equal(f.FullName.Normalize(System.Text.NormalizationForm.FormC), stored.ApplicantFullName);
        Assert.Equal(ApplicationChannel.Online, stored.Channel);

        var status = await host.PostAsync("query($c: String!) { judicialRecordApplicationStatus(trackingCode: $c) { statusText } }", new { c = code });
        Assert.Equal("Đã tiếp nhận", status.Data.GetProperty("judicialRecordApplicationStatus").GetProperty("statusText").GetString());

        const string process = """
            mutation($input: ProcessJudicialRecordApplicationInput!) { processJudicialRecordApplication(input: $input) {
              application { status version certificate { number convictionsStatement } } errors { code } } }
            """;
        var officer = (await CallerAsync("officer-own")).Claims;
        var id = Id("JudicialRecordCertificateApplication", stored.Id);

        var foreign = await host.PostAsync(process, new { input = new { applicationId = id, action = "ACCEPT" } }, (await CallerAsync("officer-other")).Claims);
        Assert.Equal("NOT_FOUND", foreign.Data.GetProperty("processJudicialRecordApplication").GetProperty("errors")[0].GetProperty("code").GetString());
        var reader = await host.PostAsync(process, new { input = new { applicationId = id, action = "ACCEPT" } }, (await CallerAsync("client-with-scope")).Claims);
        Assert.Contains("FORBIDDEN", reader.ErrorCodes);

        var accepted = await host.PostAsync(process, new { input = new { applicationId = id, action = "ACCEPT", expectedVersion = stored.Version } }, officer);
        accepted.AssertNoErrors();
        Assert.Equal("PROCESSING", accepted.Data.GetProperty("processJudicialRecordApplication").GetProperty("application").GetProperty("status").GetString());

        var stale = await host.PostAsync(process, new { input = new { applicationId = id, action = "ISSUE", expectedVersion = stored.Version } }, officer);
        Assert.Equal("CONCURRENT_CHANGE", stale.Data.GetProperty("processJudicialRecordApplication").GetProperty("errors")[0].GetProperty("code").GetString());

        var issued = await host.PostAsync(process, new { input = new { applicationId = id, action = "ISSUE", signerName = "Nguyễn Văn Hùng",
            signerTitle = "Phó Giám đốc Sở Tư pháp" } }, officer);
        issued.AssertNoErrors();
        var application = issued.Data.GetProperty("processJudicialRecordApplication").GetProperty("application");
        Assert.Equal("ISSUED", application.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(application.GetProperty("certificate").GetProperty("number").GetString()));

        var refused = await host.PostAsync(process, new { input = new { applicationId = id, action = "REFUSE", reason = "Thiếu giấy tờ" } }, officer);
        Assert.Equal("CERTIFICATE_APPLICATION_TRANSITION_REFUSED",
            refused.Data.GetProperty("processJudicialRecordApplication").GetProperty("errors")[0].GetProperty("code").GetString());
        var audited = await host.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(e => e.EntityId == stored.Id.ToString() && e.Action != "read"));
        Assert.True(audited >= 3); // created, accepted, issued
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("commune-officer", "FORBIDDEN")]
    [InlineData("client-with-scope", "FORBIDDEN")]
    [InlineData("client-without-scope", "FORBIDDEN")]
    [InlineData("codification-editor", "FORBIDDEN")]
    public async Task Processing_needs_the_write_scope(string who, string code)
    {
        var f = await host.FactsAsync();
        var response = await host.PostAsync("""
            mutation($input: ProcessJudicialRecordApplicationInput!) { processJudicialRecordApplication(input: $input) { application { status } errors { code } } }
            """, new { input = new { applicationId = Id("JudicialRecordCertificateApplication", f.ApplicationId), action = "ACCEPT" } },
            (await CallerAsync(who)).Claims);
        Assert.Contains(code, response.ErrorCodes);
    }

    [Fact]
    public async Task An_application_with_bad_input_is_refused()
    {
        var mismatch = await host.PostAsync(Apply, await ApplicationInputAsync("1950-01-01"));
        mismatch.AssertNoErrors();
        Assert.Equal("PERSONAL_ID_BIRTH_MISMATCH",
            mismatch.Data.GetProperty("applyForJudicialRecordCertificate").GetProperty("errors")[0].GetProperty("code").GetString());

        var badNumber = await host.PostAsync(Apply, new { input = new { fullName = "Lê Văn A", sex = "MALE", dateOfBirth = "1990-01-01",
            personalIdNumber = "12ab", certificateType = "NO_1", purpose = "Xin việc" } });
        Assert.True(badNumber.HasErrors);
    }

    [Fact]
    public async Task A_citizen_lists_their_own_applications_and_the_read_is_audited()
    {
        var f = await host.FactsAsync();
        const string query = "query { myJudicialRecordApplications { id trackingCode applicantPersonalIdNumber status } }";
        var (claims, subject) = await CallerAsync("citizen");

        var response = await host.PostAsync(query, null, claims);

        response.AssertNoErrors();
        var mine = response.Data.GetProperty("myJudicialRecordApplications").EnumerateArray().ToList();
        Assert.Contains(mine, a => a.GetProperty("trackingCode").GetString() == f.TrackingCode);
        Assert.All(mine, a => Assert.Equal(f.ApplicantNumber, a.GetProperty("applicantPersonalIdNumber").GetString()));
        var audit = await AuditAsync(subject, "JudicialRecordCertificateApplication", f.ApplicationId);
        Assert.NotNull(audit);
        Assert.Equal("tra cứu hồ sơ của chính mình", audit.Purpose);

        Assert.Contains("UNAUTHENTICATED", (await host.PostAsync(query)).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await host.PostAsync(query, null, (await CallerAsync("officer-own")).Claims)).ErrorCodes);
    }

    private static void AssertOutcome(GraphQLResponse response, string field, string expected)
    {
        switch (expected)
        {
            case "data":
                response.AssertNoErrors();
                Assert.Equal(JsonValueKind.Object, response.Data.GetProperty(field).ValueKind);
                break;
            case "null":
                response.AssertNoErrors();
                Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
                break;
            default:
                Assert.Contains(expected, response.ErrorCodes);
                if (response.Body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
                    Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
                break;
        }
    }
}
