using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Statistics;
using Justice.GraphQL.Common;
using Justice.GraphQL.Tests.Codification;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.Statistics;

public class StatisticsTests(StatisticsTests.Host host) : IClassFixture<StatisticsTests.Host>
{
    public sealed class Host : GraphQLHost
    {
        private Demo? _demo;
        public async Task<Demo> DemoAsync() => _demo ??= await Demo.LoadAsync(this);
    }

    /// <summary>A report's unit and the unit it goes to, as organisations with their administrative units.</summary>
    public sealed record ReportParties(Guid ReportId, Guid ReporterOrganisation, Guid? ReporterUnit, Guid RecipientOrganisation, Guid? RecipientUnit);

    public sealed record Demo(
        int TotalReports, Guid ProvinceDepartment, Guid ProvinceUnit, Guid OtherProvinceDepartment, Guid OtherProvinceUnit,
        Guid CommuneOrganisation, Guid CommuneUnit, ReportParties DraftForMatrix, ReportParties DraftForWorkflow, ReportParties SubmittedForMatrix,
        Guid OutsideReport)
    {
        public static async Task<Demo> LoadAsync(GraphQLHost host) => await host.WithDbAsync(async db =>
        {
            var units = await db.Set<ReportingUnit>().AsNoTracking().ToDictionaryAsync(u => u.Id);
            var organisations = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id);
            var reports = await db.Set<StatisticalReport>().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
            ReportParties Parties(StatisticalReport r)
            {
                var reporter = organisations[units[r.ReportingUnitId].OrganisationId];
                var recipient = organisations[units[r.RecipientUnitId].OrganisationId];
                return new ReportParties(r.Id, reporter.Id, reporter.AdministrativeUnitId, recipient.Id, recipient.AdministrativeUnitId);
            }
            bool FromCommune(StatisticalReport r) => units[r.ReportingUnitId].Level == ReportingLevel.Commune;
            var drafts = reports.Where(r => FromCommune(r) && r.Status is StatisticalReportStatus.Draft or StatisticalReportStatus.Returned).ToList();
            var submitted = reports.Where(r => FromCommune(r) && r.Status == StatisticalReportStatus.Submitted)
                .Concat(reports.Where(r => r.Status == StatisticalReportStatus.Submitted)).First();
            var matrixDraft = Parties(drafts[0]);
            var workflowDraft = Parties(drafts.First(r => Parties(r).ReporterOrganisation != matrixDraft.ReporterOrganisation || r.Id != drafts[0].Id));
            var province = organisations[matrixDraft.RecipientOrganisation];
            var other = organisations.Values.Where(o => o.Kind == OrganisationKind.ProvincialJusticeDepartment && o.Id != province.Id
                && o.Id != organisations[workflowDraft.RecipientOrganisation].Id && units.Values.Any(u => u.OrganisationId == o.Id)).OrderBy(o => o.Code).First();
            var outside = reports.First(r => organisations[units[r.ReportingUnitId].OrganisationId] is var o && (o.Id == other.Id || o.ParentId == other.Id));
            return new Demo(reports.Count, province.Id, province.AdministrativeUnitId!.Value, other.Id, other.AdministrativeUnitId!.Value,
                matrixDraft.ReporterOrganisation, matrixDraft.ReporterUnit!.Value, matrixDraft, workflowDraft, Parties(submitted), outside.Id);
        });

        public Claim[] Caller(string kind) => kind switch
        {
            "anonymous" => TestCallers.Anonymous,
            "citizen" => TestCallers.Citizen("001090000001"),
            "commune-officer" => TestCallers.Staff("officer@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], CommuneOrganisation, CommuneUnit),
            "client-with-scope" => TestCallers.Client("demo-ministry", null, JusticeScopes.StatisticsRead, JusticeScopes.LegalRead),
            "client-without-scope" => TestCallers.Client("demo-ministry", null, JusticeScopes.LegalRead),
            "codification-editor" => TestCallers.Staff("editor@bo.gov.vn", [StaffRoles.CodificationEditor], null, null),
            "province-reporter" => TestCallers.Staff("reporter@stp.gov.vn", [StaffRoles.StatisticsReporter], ProvinceDepartment, ProvinceUnit),
            "commune-reporter" => TestCallers.Staff("reporter@xa.gov.vn", [StaffRoles.StatisticsReporter], CommuneOrganisation, CommuneUnit),
            "admin" => TestCallers.Administrator(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    public static TheoryData<string> Callers =>
        ["anonymous", "citizen", "commune-officer", "client-with-scope", "client-without-scope", "codification-editor", "province-reporter", "admin"];

    [Theory, MemberData(nameof(Callers))]
    public async Task Public_indicators_are_read_by_everyone_and_add_up_to_the_national_totals(string caller)
    {
        var demo = await host.DemoAsync();
        var response = await host.PostAsync("""
            { statisticsSeries(indicator: BIRTHS) { formCode unitOfMeasure
                points { period { id label } province { name } reportedBy { name } value }
                totals { period { id } value provincesIncluded provincesMissing } } }
            """, null, demo.Caller(caller));

        var series = response.AssertNoErrors().Data.GetProperty("statisticsSeries");
        Assert.Equal("01a/BTP/HT", series.GetProperty("formCode").GetString());
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.NotEmpty(points);
        foreach (var total in series.GetProperty("totals").EnumerateArray())
        {
            var period = total.GetProperty("period").GetProperty("id").GetString();
            var inPeriod = points.Where(p => p.GetProperty("period").GetProperty("id").GetString() == period).ToList();
            Assert.Equal(inPeriod.Sum(p => p.GetProperty("value").GetInt64()), total.GetProperty("value").GetInt64());
            Assert.Equal(inPeriod.Count, total.GetProperty("provincesIncluded").GetInt32());
        }
    }

    [Fact]
    public async Task A_public_series_filters_by_province_and_year()
    {
        var demo = await host.DemoAsync();
        var response = await host.PostAsync("""
            query($province: ID!) { statisticsSeries(indicator: MARRIAGES, provinceId: $province, year: 2026) {
              points { period { year } province { id } value } totals { period { year } } } }
            """, new { province = Id("AdministrativeUnit", demo.ProvinceUnit) });

        var series = response.AssertNoErrors().Data.GetProperty("statisticsSeries");
        Assert.All(series.GetProperty("points").EnumerateArray(), p =>
        {
            Assert.Equal(Id("AdministrativeUnit", demo.ProvinceUnit), p.GetProperty("province").GetProperty("id").GetString());
            Assert.Equal(2026, p.GetProperty("period").GetProperty("year").GetInt32());
        });
        Assert.All(series.GetProperty("totals").EnumerateArray(), t => Assert.Equal(2026, t.GetProperty("period").GetProperty("year").GetInt32()));
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("commune-officer", "FORBIDDEN")]
    [InlineData("client-with-scope", "all")]
    [InlineData("client-without-scope", "FORBIDDEN")]
    [InlineData("codification-editor", "FORBIDDEN")]
    [InlineData("province-reporter", "province")]
    [InlineData("commune-reporter", "commune")]
    [InlineData("admin", "all")]
    public async Task Reports_forms_and_periods_need_statistics_read_and_stay_in_the_callers_jurisdiction(string caller, string expected)
    {
        var demo = await host.DemoAsync();
        var response = await host.PostAsync("""
            {
              statisticalForms { code rows { code name } columns { code } }
              reportingPeriods { label }
              statisticalReports(first: 100) { totalCount edges { node { reportingUnit { organisation { id parent { id } } } } } }
            }
            """, null, demo.Caller(caller));

        if (expected is "UNAUTHENTICATED" or "FORBIDDEN")
        {
            Assert.Equal([expected, expected, expected], response.ErrorCodes);
            return;
        }
        response.AssertNoErrors();
        Assert.Equal(6, response.Data.GetProperty("statisticalForms").GetArrayLength());
        Assert.NotEmpty(response.Data.GetProperty("statisticalForms")[0].GetProperty("rows").EnumerateArray());
        var reports = response.Data.GetProperty("statisticalReports");
        if (expected == "all")
        {
            Assert.Equal(demo.TotalReports, reports.GetProperty("totalCount").GetInt32());
            return;
        }
        Assert.InRange(reports.GetProperty("totalCount").GetInt32(), 1, demo.TotalReports - 1);
        if (expected == "commune")
        {
            Assert.All(reports.GetProperty("edges").EnumerateArray(), e => Assert.Equal(Id("Organisation", demo.CommuneOrganisation),
                e.GetProperty("node").GetProperty("reportingUnit").GetProperty("organisation").GetProperty("id").GetString()));
            return;
        }
        var department = Id("Organisation", demo.ProvinceDepartment);
        Assert.All(reports.GetProperty("edges").EnumerateArray(), e =>
        {
            var organisation = e.GetProperty("node").GetProperty("reportingUnit").GetProperty("organisation");
            Assert.True(organisation.GetProperty("id").GetString() == department
                        || organisation.GetProperty("parent").ValueKind == JsonValueKind.Object && organisation.GetProperty("parent").GetProperty("id").GetString() == department);
        });
    }

    [Fact]
    public async Task A_report_of_another_province_is_outside_the_jurisdiction_by_field_and_by_node()
    {
        var demo = await host.DemoAsync();
        var id = Id("StatisticalReport", demo.OutsideReport);
        var byField = await host.PostAsync("query($id: ID!) { statisticalReport(id: $id) { status } }", new { id }, demo.Caller("province-reporter"));
        var byNode = await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, demo.Caller("province-reporter"));
        var national = await host.PostAsync("query($id: ID!) { node(id: $id) { ... on StatisticalReport { status values { rowCode columnCode value } } } }", new { id }, demo.Caller("client-with-scope"));

        Assert.Equal(["OUTSIDE_JURISDICTION"], byField.ErrorCodes);
        Assert.Equal(["OUTSIDE_JURISDICTION"], byNode.ErrorCodes);
        Assert.NotEmpty(national.AssertNoErrors().Data.GetProperty("node").GetProperty("values").EnumerateArray());
    }

    [Fact]
    public async Task Reports_filter_by_status_form_and_period_and_page_with_after()
    {
        var demo = await host.DemoAsync();
        var admin = demo.Caller("admin");
        var lists = await host.PostAsync("{ statisticalForms { id code } reportingPeriods { id label } }", null, admin);
        var formId = lists.AssertNoErrors().Data.GetProperty("statisticalForms")[0].GetProperty("id").GetString();
        const string query = """
            query($filter: StatisticalReportFilter, $after: String) {
              statisticalReports(filter: $filter, first: 5, after: $after, order: { field: CREATED_AT, direction: ASC }) {
                totalCount pageInfo { endCursor hasNextPage }
                edges { node { id status form { id } period { id } } }
              }
            }
            """;
        var filter = new { formId, status = "APPROVED" };

        var page1 = await host.PostAsync(query, new { filter }, admin);
        var first = page1.AssertNoErrors().Data.GetProperty("statisticalReports");
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var page2 = await host.PostAsync(query, new { filter, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, admin);
        var nodes = first.GetProperty("edges").EnumerateArray().Concat(page2.AssertNoErrors().Data.GetProperty("statisticalReports").GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node")).ToList();

        Assert.Equal(10, nodes.Select(n => n.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(nodes, n =>
        {
            Assert.Equal("APPROVED", n.GetProperty("status").GetString());
            Assert.Equal(formId, n.GetProperty("form").GetProperty("id").GetString());
        });
        var periodId = nodes[0].GetProperty("period").GetProperty("id").GetString();
        var byPeriod = await host.PostAsync(query, new { filter = new { periodId } }, admin);
        Assert.All(byPeriod.AssertNoErrors().Data.GetProperty("statisticalReports").GetProperty("edges").EnumerateArray(),
            e => Assert.Equal(periodId, e.GetProperty("node").GetProperty("period").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_aggregate_sums_the_approved_reports_of_the_units_below_within_the_jurisdiction()
    {
        var demo = await host.DemoAsync();
        var top = await host.WithDbAsync(db => db.Set<ReportingUnit>().AsNoTracking().Where(u => u.ReportsToId == null).Select(u => u.Id).SingleAsync());
        var approved = await host.WithDbAsync(db => db.Set<StatisticalReport>().AsNoTracking()
            .Where(r => r.RecipientUnitId == top && r.Status == StatisticalReportStatus.Approved).Select(r => new { r.FormId, r.PeriodId }).FirstAsync());
        const string query = """
            query($unit: ID!, $form: ID!, $period: ID!) {
              statisticalAggregate(unitId: $unit, formId: $form, periodId: $period) { values { rowCode columnCode value } includedUnits { id } missingUnits { id } }
            }
            """;
        var variables = new { unit = Id("ReportingUnit", top), form = Id("StatisticalForm", approved.FormId), period = Id("ReportingPeriod", approved.PeriodId) };

        var national = await host.PostAsync(query, variables, demo.Caller("client-with-scope"));
        var fromProvince = await host.PostAsync(query, variables, demo.Caller("province-reporter"));
        var anonymous = await host.PostAsync(query, variables);

        var aggregate = national.AssertNoErrors().Data.GetProperty("statisticalAggregate");
        Assert.NotEmpty(aggregate.GetProperty("values").EnumerateArray());
        Assert.NotEmpty(aggregate.GetProperty("includedUnits").EnumerateArray());
        Assert.Equal(["OUTSIDE_JURISDICTION"], fromProvince.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
    }

    private static Claim[] UnitStaff(string role, Guid organisation, Guid? unit) => TestCallers.Staff($"{role}@{organisation:N}", [role], organisation, unit);

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("commune-officer", "FORBIDDEN")]
    [InlineData("client-with-scope", "FORBIDDEN")]
    [InlineData("province-reporter", "STAT_REPORT_NOT_OWNER")]
    [InlineData("other-commune-reporter", "STAT_REPORT_NOT_OWNER")]
    [InlineData("admin", "STAT_REPORT_NOT_OWNER")]
    [InlineData("own-unit-reporter", "ok")]
    public async Task Only_the_reporting_unit_submits_its_report(string caller, string expected)
    {
        var demo = await host.DemoAsync();
        var report = demo.DraftForMatrix;
        var claims = caller switch
        {
            "own-unit-reporter" => UnitStaff(StaffRoles.StatisticsReporter, report.ReporterOrganisation, report.ReporterUnit),
            "other-commune-reporter" => UnitStaff(StaffRoles.StatisticsReporter, demo.DraftForWorkflow.ReporterOrganisation == report.ReporterOrganisation
                ? demo.OtherProvinceDepartment : demo.DraftForWorkflow.ReporterOrganisation, demo.DraftForWorkflow.ReporterUnit),
            _ => demo.Caller(caller),
        };
        var response = await host.PostAsync("""
            mutation($input: StatisticalReportStepInput!) { submitStatisticalReport(input: $input) { report { status } errors { code } } }
            """, new { input = new { reportId = Id("StatisticalReport", report.ReportId) } }, claims);

        CodificationWorkflowTests.AssertOutcome(response, "submitStatisticalReport", expected);
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("province-reporter", "FORBIDDEN")]
    [InlineData("client-with-scope", "FORBIDDEN")]
    [InlineData("other-approver", "STAT_REVIEWER_NOT_RECIPIENT")]
    [InlineData("admin", "STAT_REVIEWER_NOT_RECIPIENT")]
    [InlineData("recipient-approver", "ok")]
    public async Task Only_the_recipient_unit_approves_a_report(string caller, string expected)
    {
        var demo = await host.DemoAsync();
        var report = demo.SubmittedForMatrix;
        var claims = caller switch
        {
            "recipient-approver" => UnitStaff(StaffRoles.StatisticsApprover, report.RecipientOrganisation, report.RecipientUnit),
            "other-approver" => UnitStaff(StaffRoles.StatisticsApprover, demo.OtherProvinceDepartment == report.RecipientOrganisation ? demo.ProvinceDepartment : demo.OtherProvinceDepartment, null),
            _ => demo.Caller(caller),
        };
        var response = await host.PostAsync("""
            mutation($input: StatisticalReportStepInput!) { approveStatisticalReport(input: $input) { report { status } errors { code } } }
            """, new { input = new { reportId = Id("StatisticalReport", report.ReportId) } }, claims);

        CodificationWorkflowTests.AssertOutcome(response, "approveStatisticalReport", expected);
    }

    [Fact]
    public async Task A_report_is_submitted_returned_with_remarks_resubmitted_and_approved()
    {
        var demo = await host.DemoAsync();
        var report = demo.DraftForWorkflow;
        var reportId = Id("StatisticalReport", report.ReportId);
        var reporter = UnitStaff(StaffRoles.StatisticsReporter, report.ReporterOrganisation, report.ReporterUnit);
        var approver = UnitStaff(StaffRoles.StatisticsApprover, report.RecipientOrganisation, report.RecipientUnit);

        var (status, version) = await StepAsync("submitStatisticalReport", "StatisticalReportStepInput", new { reportId }, reporter);
        Assert.Equal("SUBMITTED", status);
        Assert.Equal(["STAT_REPORT_TRANSITION_REFUSED"], await RefusedAsync("submitStatisticalReport", "StatisticalReportStepInput", new { reportId }, reporter));

        (status, _) = await StepAsync("returnStatisticalReport", "ReturnStatisticalReportInput",
            new { reportId, remarks = "Tổng số chưa khớp với số liệu chi tiết.", expectedVersion = version }, approver);
        Assert.Equal("RETURNED", status);
        var returned = await host.PostAsync("query($id: ID!) { statisticalReport(id: $id) { returnRemarks reviewedAt } }", new { id = reportId }, approver);
        Assert.Equal("Tổng số chưa khớp với số liệu chi tiết.", returned.AssertNoErrors().Data.GetProperty("statisticalReport").GetProperty("returnRemarks").GetString());

        (status, var resubmitted) = await StepAsync("submitStatisticalReport", "StatisticalReportStepInput", new { reportId }, reporter);
        Assert.Equal("SUBMITTED", status);
        Assert.Equal(["CONCURRENT_CHANGE"], await RefusedAsync("approveStatisticalReport", "StatisticalReportStepInput", new { reportId, expectedVersion = version }, approver));
        (status, _) = await StepAsync("approveStatisticalReport", "StatisticalReportStepInput", new { reportId, expectedVersion = resubmitted }, approver);
        Assert.Equal("APPROVED", status);
        Assert.Equal(["STAT_REPORT_TRANSITION_REFUSED"], await RefusedAsync("returnStatisticalReport", "ReturnStatisticalReportInput",
            new { reportId, remarks = "Quá muộn." }, approver));
    }

    private async Task<(string? Status, int Version)> StepAsync(string mutation, string inputType, object input, Claim[] caller)
    {
        var response = await host.PostAsync($$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { report { status version } errors { code } } }
            """, new { input }, caller);
        var payload = response.AssertNoErrors().Data.GetProperty(mutation);
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var report = payload.GetProperty("report");
        return (report.GetProperty("status").GetString(), report.GetProperty("version").GetInt32());
    }

    private async Task<IReadOnlyList<string?>> RefusedAsync(string mutation, string inputType, object input, Claim[] caller)
    {
        var response = await host.PostAsync($$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { report { status } errors { code } } }
            """, new { input }, caller);
        return response.AssertNoErrors().Data.GetProperty(mutation).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
    }
}
