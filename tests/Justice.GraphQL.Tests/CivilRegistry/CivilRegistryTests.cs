using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.Audit;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.CivilRegistry;

/// <summary>
/// The civil-status register through GraphQL: who reads what (scope, jurisdiction, purpose), that every read is
/// audited, registration with the book's next number, correction with a stale version, extracts, and batching.
/// </summary>
public class CivilRegistryTests(CivilRegistryTests.Host host) : IClassFixture<CivilRegistryTests.Host>
{
    public sealed class Host : GraphQLHost
    {
        private Task<RegistryFacts>? _facts;
        public Task<RegistryFacts> FactsAsync() => _facts ??= WithDbAsync(RegistryFacts.LoadAsync);
    }

    /// <summary>Demo data the tests act on: a commune with registrations (A), another commune (B), a person of A.</summary>
    public sealed record RegistryFacts(Guid AuthorityA, Guid UnitA, Guid AuthorityB, Guid UnitB, Guid RegistrationA, string PersonNumberA)
    {
        public static async Task<RegistryFacts> LoadAsync(Justice.Domain.Persistence.JusticeDbContext db)
        {
            var communes = await db.Set<Organisation>().AsNoTracking()
                .Where(o => o.Kind == OrganisationKind.CommunePeoplesCommittee && o.AdministrativeUnitId != null).ToListAsync();
            var counts = await db.Set<CivilStatusRegistration>().GroupBy(r => r.AuthorityId)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var a = communes.OrderByDescending(o => counts.FirstOrDefault(c => c.Key == o.Id)?.Count ?? 0).ThenBy(o => o.Id).First();
            var b = communes.First(o => o.Id != a.Id && o.AdministrativeUnitId != a.AdministrativeUnitId);
            var withNumber = await (from r in db.Set<CivilStatusRegistration>()
                                    join p in db.Set<Person>() on r.SubjectPersonId equals p.Id
                                    where r.AuthorityId == a.Id && p.PersonalIdNumber != null && r.Status != RegistrationStatus.Revoked
                                    orderby r.Id
                                    select new { r.Id, p.PersonalIdNumber }).FirstAsync();
            return new RegistryFacts(a.Id, a.AdministrativeUnitId!.Value, b.Id, b.AdministrativeUnitId!.Value, withNumber.Id,
                withNumber.PersonalIdNumber!.Value);
        }
    }

    private const string Purpose = "Xác minh hồ sơ khai sinh theo đề nghị của công dân";

    private async Task<(Claim[] Claims, string Subject)> CallerAsync(string who)
    {
        var f = await host.FactsAsync();
        var claims = who switch
        {
            "anonymous" => TestCallers.Anonymous,
            "citizen" => TestCallers.Citizen(f.PersonNumberA),
            "officer-own" => TestCallers.Staff("hotich-a@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], f.AuthorityA, f.UnitA),
            "officer-other" => TestCallers.Staff("hotich-b@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], f.AuthorityB, f.UnitB),
            "client-with-scope" => TestCallers.Client("bo-cong-an", null, JusticeScopes.RegistryRead),
            "client-without-scope" => TestCallers.Client("bo-tai-chinh", null, JusticeScopes.LegalRead),
            "codification-editor" => TestCallers.Staff("phapdien@mof.gov.vn", [StaffRoles.CodificationEditor], null, null),
            "admin" => TestCallers.Administrator(),
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };
        return (claims, claims.FirstOrDefault(c => c.Type == JusticeClaims.Subject)?.Value ?? "anonymous");
    }

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    private async Task<AuditLogEntry?> AuditAsync(string actor, string entityType, Guid id) =>
        await host.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking()
            .Where(e => e.Actor == actor && e.EntityType == entityType && e.EntityId == id.ToString() && e.Action == "read")
            .OrderByDescending(e => e.OccurredAt).FirstOrDefaultAsync());

    // "data": the record comes back (and is audited); "null": no error, nothing returned; else the error code.
    public static TheoryData<string, string> ReadMatrix => new()
    {
        { "anonymous", "UNAUTHENTICATED" },
        { "citizen", "FORBIDDEN" },
        { "officer-own", "data" },
        { "officer-other", "null" },
        { "client-with-scope", "data" },
        { "client-without-scope", "FORBIDDEN" },
        { "codification-editor", "FORBIDDEN" },
        { "admin", "data" },
    };

    [Theory, MemberData(nameof(ReadMatrix))]
    public async Task A_registration_by_id_is_read_by_the_right_callers_and_audited(string who, string expected)
    {
        var f = await host.FactsAsync();
        var (claims, subject) = await CallerAsync(who);
        var response = await host.PostAsync("""
            query($id: ID!, $purpose: String!) { civilStatusRegistration(id: $id, purpose: $purpose) {
              id entryNumber subjectFullName authority { name } subject { fullName personalIdNumber } participants { role person { fullName } } } }
            """, new { id = Id("CivilStatusRegistration", f.RegistrationA), purpose = Purpose }, claims);

        await AssertOutcomeAsync(response, "civilStatusRegistration", expected);
        if (expected != "data") return;
        var audit = await AuditAsync(subject, "CivilStatusRegistration", f.RegistrationA);
        Assert.NotNull(audit);
        Assert.Equal(Purpose, audit.Purpose);
        Assert.Contains("subjectFullName", audit.Fields);
        Assert.Contains("entryNumber", audit.Fields);
        var subjectId = Guid.Parse(await host.WithDbAsync(db => db.Set<CivilStatusRegistration>().Where(r => r.Id == f.RegistrationA)
            .Select(r => r.SubjectPersonId.ToString()).SingleAsync()));
        var personAudit = await AuditAsync(subject, "Person", subjectId);
        Assert.NotNull(personAudit);
        Assert.Contains("personalIdNumber", personAudit.Fields);
        if (who.StartsWith("client", StringComparison.Ordinal)) Assert.Equal("bo-cong-an", audit.ClientId);
    }

    [Theory, MemberData(nameof(ReadMatrix))]
    public async Task The_registrations_list_is_bound_to_scope_and_jurisdiction(string who, string expected)
    {
        var f = await host.FactsAsync();
        var (claims, subject) = await CallerAsync(who);
        var response = await host.PostAsync("""
            query($a: ID!, $purpose: String!) { civilStatusRegistrations(filter: { authorityId: $a }, first: 5, purpose: $purpose) {
              totalCount edges { node { id entryNumber } } } }
            """, new { a = Id("Organisation", f.AuthorityA), purpose = Purpose }, claims);

        if (expected is "data" or "null")
        {
            response.AssertNoErrors();
            var list = response.Data.GetProperty("civilStatusRegistrations");
            if (expected == "null")
            {
                Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
                return;
            }
            Assert.True(list.GetProperty("totalCount").GetInt32() > 0);
            var first = GlobalId.Decode(list.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString(), "CivilStatusRegistration");
            var audit = await AuditAsync(subject, "CivilStatusRegistration", first);
            Assert.NotNull(audit);
            Assert.Equal(Purpose, audit.Purpose);
        }
        else Assert.Contains(expected, response.ErrorCodes);
    }

    [Theory, MemberData(nameof(ReadMatrix))]
    public async Task A_person_by_personal_id_number_is_read_by_the_right_callers_and_audited(string who, string expected)
    {
        var f = await host.FactsAsync();
        var (claims, subject) = await CallerAsync(who);
        var response = await host.PostAsync("""
            query($n: PersonalIdNumber!, $purpose: String!) { person(personalIdNumber: $n, purpose: $purpose) {
              id fullName dateOfBirth registrations { id eventType authority { name } } } }
            """, new { n = f.PersonNumberA, purpose = Purpose }, claims);

        await AssertOutcomeAsync(response, "person", expected);
        if (expected != "data") return;
        var person = response.Data.GetProperty("person");
        Assert.Contains(person.GetProperty("registrations").EnumerateArray(),
            r => r.GetProperty("id").GetString() == Id("CivilStatusRegistration", f.RegistrationA));
        var audit = await AuditAsync(subject, "Person", GlobalId.Decode(person.GetProperty("id").GetString(), "Person"));
        Assert.NotNull(audit);
        Assert.Contains("fullName", audit.Fields);
        Assert.Contains("registrations", audit.Fields);
    }

    [Fact]
    public async Task Personal_data_needs_a_purpose_and_a_valid_personal_id_number()
    {
        var f = await host.FactsAsync();
        var admin = TestCallers.Administrator();
        var noPurpose = await host.PostAsync("query($id: ID!) { civilStatusRegistration(id: $id, purpose: \"\") { id } }",
            new { id = Id("CivilStatusRegistration", f.RegistrationA) }, admin);
        Assert.Contains("PURPOSE_REQUIRED", noPurpose.ErrorCodes);

        var badNumber = await host.PostAsync("query { person(personalIdNumber: \"12345\", purpose: \"Kiểm tra hồ sơ\") { id } }", null, admin);
        Assert.True(badNumber.HasErrors);
        Assert.DoesNotContain("\"person\":{", badNumber.Text);

        var nodeWithout = await host.PostAsync("query($id: ID!) { node(id: $id) { id ... on CivilStatusRegistration { entryNumber } } }",
            new { id = Id("CivilStatusRegistration", f.RegistrationA) }, admin);
        Assert.Contains("PURPOSE_REQUIRED", nodeWithout.ErrorCodes);
    }

    [Fact]
    public async Task Node_round_trips_with_the_same_rules()
    {
        var f = await host.FactsAsync();
        var id = Id("CivilStatusRegistration", f.RegistrationA);
        const string query = "query($id: ID!) { node(id: $id, purpose: \"Kiểm tra hồ sơ khai sinh\") { id ... on CivilStatusRegistration { entryNumber } } }";

        var own = await host.PostAsync(query, new { id }, (await CallerAsync("officer-own")).Claims);
        own.AssertNoErrors();
        Assert.Equal(id, own.Data.GetProperty("node").GetProperty("id").GetString());

        var other = await host.PostAsync(query, new { id }, (await CallerAsync("officer-other")).Claims);
        other.AssertNoErrors();
        Assert.Equal(JsonValueKind.Null, other.Data.GetProperty("node").ValueKind);

        var anonymous = await host.PostAsync(query, new { id });
        Assert.Contains("UNAUTHENTICATED", anonymous.ErrorCodes);
    }

    [Fact]
    public async Task Filters_order_and_pages()
    {
        var f = await host.FactsAsync();
        var admin = TestCallers.Administrator();
        var year = await host.WithDbAsync(db => db.Set<CivilStatusRegistration>().Where(r => r.AuthorityId == f.AuthorityA)
            .GroupBy(r => r.BookYear).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        const string query = """
            query($a: ID!, $y: Int!, $after: String) { civilStatusRegistrations(filter: { authorityId: $a, year: $y },
              order: { field: REGISTRATION_DATE, direction: ASC }, first: 2, after: $after, purpose: "Thống kê kiểm tra sổ hộ tịch") {
              totalCount pageInfo { hasNextPage endCursor } edges { node { id registrationDate bookYear authority { id } } } } }
            """;
        var first = await host.PostAsync(query, new { a = Id("Organisation", f.AuthorityA), y = year, after = (string?)null }, admin);
        first.AssertNoErrors();
        var page1 = first.Data.GetProperty("civilStatusRegistrations");
        var nodes1 = page1.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.All(nodes1, n => Assert.Equal(year, n.GetProperty("bookYear").GetInt32()));
        Assert.All(nodes1, n => Assert.Equal(Id("Organisation", f.AuthorityA), n.GetProperty("authority").GetProperty("id").GetString()));

        var byNumber = await host.PostAsync("""
            query($n: PersonalIdNumber!) { civilStatusRegistrations(filter: { personalIdNumber: $n }, purpose: "Tra cứu theo số định danh") {
              edges { node { id } } } }
            """, new { n = f.PersonNumberA }, admin);
        byNumber.AssertNoErrors();
        Assert.Contains(byNumber.Data.GetProperty("civilStatusRegistrations").GetProperty("edges").EnumerateArray(),
            e => e.GetProperty("node").GetProperty("id").GetString() == Id("CivilStatusRegistration", f.RegistrationA));
        if (page1.GetProperty("totalCount").GetInt32() <= 2) return;

        var second = await host.PostAsync(query, new { a = Id("Organisation", f.AuthorityA), y = year,
            after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, admin);
        second.AssertNoErrors();
        var nodes2 = second.Data.GetProperty("civilStatusRegistrations").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.NotEmpty(nodes2);
        Assert.DoesNotContain(nodes2, n => nodes1.Any(m => m.GetProperty("id").GetString() == n.GetProperty("id").GetString()));
        Assert.True(string.CompareOrdinal(nodes1[^1].GetProperty("registrationDate").GetString(), nodes2[0].GetProperty("registrationDate").GetString()) <= 0);
    }

    private const string Register = """
        mutation($input: RegisterCivilStatusEventInput!) { registerCivilStatusEvent(input: $input) {
          registration { id entryNumber bookNumber eventType authority { id } subject { fullName } participants { role } }
          errors { code message } } }
        """;

    private object BirthInput(Guid authority) => new
    {
        input = new
        {
            authorityId = Id("Organisation", authority),
            eventType = "BIRTH",
            subject = new { fullName = "Nguye\u0302\u0303n Thị Mai", sex = "FEMALE", dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)).ToString("yyyy-MM-dd"),
                placeOfBirth = "Bệnh viện Phụ sản Hà Nội", ethnicity = "KINH" },
            participants = new[]
            {
                new { role = "MOTHER", person = new { fullName = "Trần Thị Lan", sex = "FEMALE", dateOfBirth = "1995-03-02", placeOfBirth = "Hà Nội", ethnicity = "KINH" } },
            },
            signerName = "Lê Văn Nam",
            signerTitle = "Phó Chủ tịch UBND xã",
        },
    };

    [Fact]
    public async Task An_officer_registers_a_birth_with_the_next_entry_number_of_the_book()
    {
        var f = await host.FactsAsync();
        var year = Justice.Domain.Common.VietnamTime.LocalDate(DateTime.UtcNow).Year;
        var last = await host.WithDbAsync(db => db.Set<RegisterBook>().Where(b => b.AuthorityId == f.AuthorityA && b.EventType == CivilStatusEventType.Birth
            && b.Year == year && b.BookNumber == 1).Select(b => (int?)b.LastEntryNumber).FirstOrDefaultAsync());

        var response = await host.PostAsync(Register, BirthInput(f.AuthorityA), (await CallerAsync("officer-own")).Claims);

        response.AssertNoErrors();
        var payload = response.Data.GetProperty("registerCivilStatusEvent");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var registration = payload.GetProperty("registration");
        Assert.Equal((last ?? 0) + 1, registration.GetProperty("entryNumber").GetInt32());
        Assert.Equal("Nguyễn Thị Mai", registration.GetProperty("subject").GetProperty("fullName").GetString());
        Assert.Equal("MOTHER", registration.GetProperty("participants")[0].GetProperty("role").GetString());
        var id = GlobalId.Decode(registration.GetProperty("id").GetString(), "CivilStatusRegistration");
        var written = await host.WithDbAsync(db => db.Set<AuditLogEntry>().AnyAsync(e => e.EntityId == id.ToString() && e.Action == "create"));
        Assert.True(written);

        var again = await host.PostAsync(Register, BirthInput(f.AuthorityA), (await CallerAsync("officer-own")).Claims);
        again.AssertNoErrors();
        Assert.Equal((last ?? 0) + 2, again.Data.GetProperty("registerCivilStatusEvent").GetProperty("registration").GetProperty("entryNumber").GetInt32());
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("client-with-scope", "FORBIDDEN")]
    [InlineData("codification-editor", "FORBIDDEN")]
    public async Task Registering_needs_the_write_scope(string who, string code)
    {
        var f = await host.FactsAsync();
        var response = await host.PostAsync(Register, BirthInput(f.AuthorityA), (await CallerAsync(who)).Claims);
        Assert.Contains(code, response.ErrorCodes);
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("client-with-scope", "FORBIDDEN")]
    [InlineData("client-without-scope", "FORBIDDEN")]
    [InlineData("codification-editor", "FORBIDDEN")]
    public async Task Corrections_and_extracts_need_the_write_scope(string who, string code)
    {
        var f = await host.FactsAsync();
        var claims = (await CallerAsync(who)).Claims;
        var id = Id("CivilStatusRegistration", f.RegistrationA);
        var correct = await host.PostAsync(Correct, new { input = new { registrationId = id, field = "NOTES", newValue = "Ghi chú", reason = "Bổ sung ghi chú" } }, claims);
        Assert.Contains(code, correct.ErrorCodes);
        var extract = await host.PostAsync(
            "mutation($input: IssueCivilStatusExtractInput!) { issueCivilStatusExtract(input: $input) { extract { number } errors { code } } }",
            new { input = new { registrationId = id, requestedBy = "Nguyễn Văn An" } }, claims);
        Assert.Contains(code, extract.ErrorCodes);
    }

    [Fact]
    public async Task An_officer_cannot_register_for_another_commune()
    {
        var f = await host.FactsAsync();
        var response = await host.PostAsync(Register, BirthInput(f.AuthorityA), (await CallerAsync("officer-other")).Claims);

        response.AssertNoErrors();
        var payload = response.Data.GetProperty("registerCivilStatusEvent");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("registration").ValueKind);
        Assert.Equal("OUTSIDE_JURISDICTION", payload.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private const string Correct = """
        mutation($input: CorrectCivilStatusRegistrationInput!) { correctCivilStatusRegistration(input: $input) {
          registration { version eventPlace amendments { sequence field oldValue newValue } } errors { code } } }
        """;

    [Fact]
    public async Task A_correction_on_a_stale_version_is_refused_as_a_concurrent_change()
    {
        var f = await host.FactsAsync();
        var officer = (await CallerAsync("officer-own")).Claims;
        var version = await host.WithDbAsync(db => db.Set<CivilStatusRegistration>().Where(r => r.Id == f.RegistrationA).Select(r => r.Version).SingleAsync());
        object Input(string place) => new
        {
            input = new { registrationId = Id("CivilStatusRegistration", f.RegistrationA), field = "EVENT_PLACE", newValue = place,
                reason = "Ghi sai nơi sinh khi đăng ký", expectedVersion = version },
        };

        var first = await host.PostAsync(Correct, Input("Trạm y tế xã " + Guid.NewGuid().ToString("N")[..6]), officer);
        first.AssertNoErrors();
        var payload = first.Data.GetProperty("correctCivilStatusRegistration");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.True(payload.GetProperty("registration").GetProperty("version").GetInt32() > version);
        Assert.NotEmpty(payload.GetProperty("registration").GetProperty("amendments").EnumerateArray());

        var stale = await host.PostAsync(Correct, Input("Bệnh viện huyện"), officer);
        stale.AssertNoErrors();
        Assert.Equal("CONCURRENT_CHANGE", stale.Data.GetProperty("correctCivilStatusRegistration").GetProperty("errors")[0].GetProperty("code").GetString());

        var outside = await host.PostAsync(Correct, Input("Bệnh viện tỉnh"), (await CallerAsync("officer-other")).Claims);
        Assert.Equal("NOT_FOUND", outside.Data.GetProperty("correctCivilStatusRegistration").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_officer_issues_copy_extracts_numbered_in_order()
    {
        var f = await host.FactsAsync();
        const string issue = """
            mutation($input: IssueCivilStatusExtractInput!) { issueCivilStatusExtract(input: $input) { extract { number kind copies } errors { code } } }
            """;
        var input = new { input = new { registrationId = Id("CivilStatusRegistration", f.RegistrationA), requestedBy = "Nguyễn Văn An", copies = 2 } };

        var first = await host.PostAsync(issue, input, (await CallerAsync("officer-own")).Claims);
        first.AssertNoErrors();
        var extract = first.Data.GetProperty("issueCivilStatusExtract").GetProperty("extract");
        Assert.Equal("COPY_EXTRACT", extract.GetProperty("kind").GetString());
        var second = await host.PostAsync(issue, input, (await CallerAsync("officer-own")).Claims);
        Assert.Equal(extract.GetProperty("number").GetInt32() + 1,
            second.Data.GetProperty("issueCivilStatusExtract").GetProperty("extract").GetProperty("number").GetInt32());

        var outside = await host.PostAsync(issue, input, (await CallerAsync("officer-other")).Claims);
        Assert.Equal("NOT_FOUND", outside.Data.GetProperty("issueCivilStatusExtract").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_page_of_registrations_with_nested_people_and_authority_runs_a_constant_number_of_queries()
    {
        const string query = """
            query($n: Int!) { civilStatusRegistrations(first: $n, purpose: "Đo số truy vấn của trang danh sách") { edges { node {
              id entryNumber authority { name administrativeUnit { name } } book { label }
              subject { fullName } participants { role person { fullName } } } } } }
            """;
        var admin = TestCallers.Administrator();
        await host.PostAsync(query, new { n = 5 }, admin); // warm up: the jurisdiction tree, the model

        var ten = await CountQueriesAsync(() => host.PostAsync(query, new { n = 10 }, admin));
        var fifty = await CountQueriesAsync(() => host.PostAsync(query, new { n = 50 }, admin));

        Assert.True(ten > 0, "no query was observed");
        Assert.Equal(ten, fifty);
        Assert.True(fifty <= 8, $"{fifty} queries for a page of 50");
    }

    private async Task<int> CountQueriesAsync(Func<Task<GraphQLResponse>> request)
    {
        using var counter = new SqlCommandCounter(host);
        (await request()).AssertNoErrors();
        return counter.Count;
    }

    private async Task AssertOutcomeAsync(GraphQLResponse response, string field, string expected)
    {
        await Task.CompletedTask;
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
