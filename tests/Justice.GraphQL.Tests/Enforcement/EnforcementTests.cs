using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Audit;
using Justice.Domain.Common;
using Justice.Domain.Enforcement;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.Enforcement;

public class EnforcementTests(EnforcementTests.Host host) : IClassFixture<EnforcementTests.Host>
{
    public sealed class Host : GraphQLHost;

    private sealed record Demo(Organisation Office, Organisation OtherOffice, Guid CommuneId);

    private async Task<Demo> DemoAsync() => await host.WithDbAsync(async db =>
    {
        var offices = await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == OrganisationKind.EnforcementOffice && o.AdministrativeUnitId != null)
            .OrderBy(o => o.Code).ThenBy(o => o.Id).ToListAsync();
        var busiest = await db.Set<EnforcementCase>().Where(x => x.Status == EnforcementCaseStatus.BeingEnforced)
            .GroupBy(x => x.EnforcementOfficeId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var office = offices.First(o => o.Id == busiest);
        var other = offices.First(o => o.AdministrativeUnitId != office.AdministrativeUnitId);
        var commune = await db.Set<AdministrativeUnit>().Where(u => u.ParentId == office.AdministrativeUnitId).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
        return new Demo(office, other, commune);
    });

    private static Claim[] As(string who, Demo d) => who switch
    {
        "anonymous" => TestCallers.Anonymous,
        "citizen" => TestCallers.Citizen("001090000001"),
        "commune-officer" => TestCallers.Staff("ho-tich@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], null, d.CommuneId),
        "ministry-read" => TestCallers.Client("demo-ministry", null, [.. JusticeScopes.AllRead]),
        "ministry-no-scope" => TestCallers.Client("legal-only", null, JusticeScopes.LegalRead),
        "officer-own" => TestCallers.Staff("chv@thads-own.vn", [StaffRoles.EnforcementOfficer], d.Office.Id, d.Office.AdministrativeUnitId),
        "officer-other" => TestCallers.Staff("chv@thads-other.vn", [StaffRoles.EnforcementOfficer], d.OtherOffice.Id, d.OtherOffice.AdministrativeUnitId),
        "admin" => TestCallers.Administrator(),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private async Task<EnforcementCase> CaseAsync(Demo? d, EnforcementCaseStatus status, bool withOfficer = true) => await host.WithDbAsync(db =>
        db.Set<EnforcementCase>().AsNoTracking().Include(x => x.Parties)
            .Where(x => (d == null || x.EnforcementOfficeId == d.Office.Id) && x.Status == status && (x.Officer != null) == withOfficer)
            .OrderBy(x => x.FileNumber).FirstAsync());

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    [Theory]
    [InlineData("anonymous")]
    [InlineData("citizen")]
    [InlineData("commune-officer")]
    [InlineData("ministry-read")]
    [InlineData("ministry-no-scope")]
    [InlineData("officer-own")]
    [InlineData("officer-other")]
    [InlineData("admin")]
    public async Task The_public_list_of_debtors_is_read_by_anyone_by_province_and_folded_name(string who)
    {
        var d = await DemoAsync();
        var listedProvince = await host.WithDbAsync(db => db.Set<EnforcementCase>().Where(x => x.IsListedWithoutConditions)
            .OrderBy(x => x.FileNumber).ThenBy(x => x.Id).Select(x => x.ProvinceId!.Value).FirstAsync());
        var province = Id("AdministrativeUnit", listedProvince);
        var response = await host.PostAsync("""
            query($p: ID) { publicDebtors(provinceId: $p, first: 50) { totalCount items { debtorName outstandingAmount listedSince province { id } } } }
            """, new { p = province }, As(who, d));

        response.AssertNoErrors();
        var items = response.Data.GetProperty("publicDebtors").GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(province, i.GetProperty("province").GetProperty("id").GetString()));

        var name = items[0].GetProperty("debtorName").GetString()!;
        var folded = VietnameseText.Fold(name);
        var byName = await host.PostAsync("query($n: String) { publicDebtors(nameContains: $n) { items { debtorName } } }", new { n = folded }, As(who, d));
        Assert.Contains(name, byName.Data.GetProperty("publicDebtors").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("debtorName").GetString()));
    }

    [Fact]
    public async Task The_public_list_never_offers_personal_id_numbers()
    {
        var response = await host.PostAsync("query { publicDebtors(first: 1) { items { personalIdNumber } } }");
        Assert.Contains("FIELDS_ON_CORRECT_TYPE", response.ErrorCodes);
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("commune-officer", "FORBIDDEN")]
    [InlineData("ministry-no-scope", "FORBIDDEN")]
    [InlineData("ministry-read", null)]
    [InlineData("officer-own", null)]
    [InlineData("officer-other", null)]
    [InlineData("admin", null)]
    public async Task Case_files_need_the_scope_and_stay_within_the_jurisdiction(string who, string? error)
    {
        var d = await DemoAsync();
        var response = await host.PostAsync("""
            query { enforcementCases(purpose: "Theo dõi tiến độ thi hành án", first: 100) { totalCount items { id province { id } enforcementOffice { id } } } }
            """, null, As(who, d));

        if (error is not null)
        {
            Assert.Contains(error, response.ErrorCodes);
            Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("enforcementCases").ValueKind);
            return;
        }
        response.AssertNoErrors();
        var cases = response.Data.GetProperty("enforcementCases");
        var total = await host.WithDbAsync(db => db.Set<EnforcementCase>().CountAsync());
        var office = who switch { "officer-own" => d.Office, "officer-other" => d.OtherOffice, _ => null };
        if (office is null)
        {
            Assert.Equal(total, cases.GetProperty("totalCount").GetInt32());
            return;
        }
        Assert.InRange(cases.GetProperty("totalCount").GetInt32(), 1, total - 1);
        Assert.All(cases.GetProperty("items").EnumerateArray(), c =>
            Assert.Equal(Id("AdministrativeUnit", office.AdministrativeUnitId!.Value), c.GetProperty("province").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("officer-own", null)]
    [InlineData("ministry-read", null)]
    [InlineData("admin", null)]
    [InlineData("officer-other", "OUTSIDE_JURISDICTION")]
    [InlineData("commune-officer", "FORBIDDEN")]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    public async Task A_case_by_id_and_by_node_applies_the_same_rules(string who, string? error)
    {
        var d = await DemoAsync();
        var id = Id("EnforcementCase", (await CaseAsync(d, EnforcementCaseStatus.BeingEnforced)).Id);
        var byId = await host.PostAsync("query($id: ID!) { enforcementCase(id: $id, purpose: \"Kiểm tra hồ sơ\") { id fileNumber } }", new { id }, As(who, d));
        var byNode = await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, As(who, d));

        if (error is not null)
        {
            Assert.Contains(error, byId.ErrorCodes);
            Assert.Contains(error, byNode.ErrorCodes);
            return;
        }
        byId.AssertNoErrors();
        byNode.AssertNoErrors();
        Assert.Equal(id, byId.Data.GetProperty("enforcementCase").GetProperty("id").GetString());
        Assert.Equal(id, byNode.Data.GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Reading_the_parties_is_audited_with_who_what_fields_and_purpose()
    {
        var d = await DemoAsync();
        var enforcementCase = await CaseAsync(d, EnforcementCaseStatus.BeingEnforced);
        const string purpose = "Xác minh điều kiện thi hành án";
        var response = await host.PostAsync("""
            query($id: ID!, $purpose: String!) { enforcementCase(id: $id, purpose: $purpose) { parties { role name personalIdNumber } } }
            """, new { id = Id("EnforcementCase", enforcementCase.Id), purpose }, As("officer-own", d));
        response.AssertNoErrors();

        var entries = await host.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking().Where(e => e.EntityType == "EnforcementParty" && e.Actor == "chv@thads-own.vn").ToListAsync());
        foreach (var party in enforcementCase.Parties)
        {
            var entry = Assert.Single(entries, e => e.EntityId == party.Id.ToString());
            Assert.Equal(purpose, entry.Purpose);
            Assert.Equal("name,personalIdNumber,role", entry.Fields);
            Assert.Equal(d.Office.Id, entry.OrganisationId);
        }

        var noPurpose = await host.PostAsync("query($id: ID!) { node(id: $id) { ... on EnforcementCase { parties { name } } } }",
            new { id = Id("EnforcementCase", enforcementCase.Id) }, As("officer-own", d));
        Assert.Contains("PURPOSE_REQUIRED", noPurpose.ErrorCodes);
        var shortPurpose = await host.PostAsync("query { enforcementCases(purpose: \"x\") { totalCount } }", null, As("officer-own", d));
        Assert.Contains("PURPOSE_REQUIRED", shortPurpose.ErrorCodes);
    }

    private const string ChangeStatus = """
        mutation($input: ChangeEnforcementCaseStatusInput!) {
          changeEnforcementCaseStatus(input: $input) { enforcementCase { status statusReason version } errors { code } }
        }
        """;

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED", null)]
    [InlineData("citizen", "FORBIDDEN", null)]
    [InlineData("commune-officer", "FORBIDDEN", null)]
    [InlineData("ministry-read", "FORBIDDEN", null)]
    [InlineData("ministry-no-scope", "FORBIDDEN", null)]
    [InlineData("officer-other", "OUTSIDE_JURISDICTION", null)]
    [InlineData("officer-own", null, null)]
    [InlineData("admin", null, null)]
    public async Task Status_changes_need_the_write_scope_and_the_jurisdiction(string who, string? requestError, string? payloadError)
    {
        var d = await DemoAsync();
        var target = await CaseAsync(d, EnforcementCaseStatus.BeingEnforced);
        var response = await host.PostAsync(ChangeStatus, new
        {
            input = new { id = Id("EnforcementCase", target.Id), action = "POSTPONE", reason = "Người phải thi hành án ốm nặng", expectedVersion = target.Version },
        }, As(who, d));
        var stored = await host.WithDbAsync(db => db.Set<EnforcementCase>().AsNoTracking().FirstAsync(x => x.Id == target.Id));

        if (requestError is not null)
        {
            Assert.Contains(requestError, response.ErrorCodes);
            Assert.Equal(EnforcementCaseStatus.BeingEnforced, stored.Status);
            return;
        }
        response.AssertNoErrors();
        var payload = response.Data.GetProperty("changeEnforcementCaseStatus");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("POSTPONED", payload.GetProperty("enforcementCase").GetProperty("status").GetString());
        Assert.Equal(EnforcementCaseStatus.Postponed, stored.Status);
        Assert.Equal(target.Version + 1, stored.Version);
        Assert.Null(payloadError);
    }

    [Fact]
    public async Task Refused_updates_come_back_with_stable_codes_and_change_nothing()
    {
        var d = await DemoAsync();
        var officer = As("officer-own", d);
        var target = await CaseAsync(d, EnforcementCaseStatus.BeingEnforced);
        var id = Id("EnforcementCase", target.Id);

        async Task<string?> CodeAsync(string mutation, string field, object input)
        {
            var response = await host.PostAsync(mutation, new { input }, officer);
            response.AssertNoErrors();
            var errors = response.Data.GetProperty(field).GetProperty("errors");
            return errors.GetArrayLength() == 0 ? null : errors[0].GetProperty("code").GetString();
        }

        Assert.Equal("ENFORCEMENT_OBLIGATIONS_OUTSTANDING", await CodeAsync(ChangeStatus, "changeEnforcementCaseStatus", new { id, action = "COMPLETE" }));
        Assert.Equal("TEXT_REQUIRED", await CodeAsync(ChangeStatus, "changeEnforcementCaseStatus", new { id, action = "SUSPEND", reason = " " }));
        Assert.Equal("CONCURRENT_CHANGE", await CodeAsync(ChangeStatus, "changeEnforcementCaseStatus",
            new { id, action = "SUSPEND", reason = "Có quyết định tạm đình chỉ", expectedVersion = target.Version + 5 }));

        const string pay = """
            mutation($input: RecordEnforcementPaymentInput!) { recordEnforcementPayment(input: $input) { enforcementCase { collectedTotal outstandingAmount payments { amount } } errors { code } } }
            """;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd");
        Assert.Equal("ENFORCEMENT_PAYMENT_EXCEEDS_OBLIGATION", await CodeAsync(pay, "recordEnforcementPayment",
            new { id, date = today, amount = target.OutstandingAmount + 1, receiptNumber = "00001/BL-THA" }));
        var stored = await host.WithDbAsync(db => db.Set<EnforcementCase>().AsNoTracking().FirstAsync(x => x.Id == target.Id));
        Assert.Equal(target.Version, stored.Version);
        Assert.Equal(EnforcementCaseStatus.BeingEnforced, stored.Status);

        var paid = await host.PostAsync(pay, new { input = new { id, date = today, amount = 1_000_000L, receiptNumber = "00002/BL-THA", expectedVersion = target.Version } }, officer);
        paid.AssertNoErrors();
        Assert.Equal(target.CollectedTotal + 1_000_000, paid.Data.GetProperty("recordEnforcementPayment").GetProperty("enforcementCase").GetProperty("collectedTotal").GetInt64());

        // A national caller, since an accepted case without an officer may be in any office.
        officer = As("admin", d);
        var accepted = await CaseAsync(null, EnforcementCaseStatus.Accepted, withOfficer: false);
        Assert.Equal("ENFORCEMENT_OFFICER_REQUIRED", await CodeAsync(ChangeStatus, "changeEnforcementCaseStatus",
            new { id = Id("EnforcementCase", accepted.Id), action = "START_ENFORCEMENT" }));
        const string assign = """
            mutation($input: AssignEnforcementOfficerInput!) { assignEnforcementOfficer(input: $input) { enforcementCase { officer { name badgeNumber } } errors { code } } }
            """;
        Assert.Null(await CodeAsync(assign, "assignEnforcementOfficer", new { id = Id("EnforcementCase", accepted.Id), name = "Nguyễn Văn Bình", badgeNumber = "01-1234" }));
        Assert.Null(await CodeAsync(ChangeStatus, "changeEnforcementCaseStatus", new { id = Id("EnforcementCase", accepted.Id), action = "START_ENFORCEMENT" }));
    }
}
