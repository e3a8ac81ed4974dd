using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Statistics;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Justice.Domain.Tests.Statistics.StatisticsTestData;

namespace Justice.Domain.Tests.Statistics;

public sealed class StatisticsPersistenceTests
{
    private static async Task<(ReportingUnit Top, ReportingUnit Province, ReportingUnit Commune)> SeedChainAsync(JusticeDbContext db)
    {
        var ministry = new Organisation("Vụ Kế hoạch – Tài chính", OrganisationKind.MinistryOfJusticeUnit, code: "VKHTC");
        var department = new Organisation("Sở Tư pháp tỉnh Cao Bằng", OrganisationKind.ProvincialJusticeDepartment, parentId: ministry.Id);
        var committee = new Organisation("Ủy ban nhân dân phường Thục Phán", OrganisationKind.CommunePeoplesCommittee, parentId: department.Id);
        var top = new ReportingUnit(ministry.Id, ReportingLevel.MinistryOfJustice, null);
        var province = new ReportingUnit(department.Id, ReportingLevel.Province, top);
        var commune = new ReportingUnit(committee.Id, ReportingLevel.Commune, province);
        db.AddRange(ministry, department, committee, top, province, commune);
        await db.SaveChangesAsync();
        return (top, province, commune);
    }

    [Theory, BothProviders]
    public async Task Reports_round_trip_with_their_values_and_workflow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var form = BirthsForm();
        var period = Period();
        Guid reportId;
        (ReportingUnit Top, ReportingUnit Province, ReportingUnit Commune) chain;
        await using (var db = database.NewContext())
        {
            chain = await SeedChainAsync(db);
            var report = new StatisticalReport(chain.Commune, form, period, Now);
            report.SetValue(form, "1", "2", 31);
            report.SetValue(form, "2", "3", 4);
            db.AddRange(form, period, report);
            await db.SaveChangesAsync();
            reportId = report.Id;
        }

        await using (var db = database.NewContext())
        {
            var loadedForm = await db.Set<StatisticalForm>().Include(f => f.Indicators).SingleAsync();
            Assert.Equal("01a/BTP/HT", loadedForm.Code);
            Assert.Equal(["1", "2"], loadedForm.Rows.Select(r => r.Code));
            Assert.Equal(["Tổng số", "Nam", "Nữ"], loadedForm.Columns.Select(c => c.Name));
            var loadedPeriod = await db.Set<ReportingPeriod>().SingleAsync();
            Assert.Equal((ReportingPeriodKind.SixMonth, 2026, new DateOnly(2026, 6, 15)), (loadedPeriod.Kind, loadedPeriod.Year, loadedPeriod.DueDate));
            var units = await db.Set<ReportingUnit>().ToListAsync();
            Assert.Equal(chain.Province.Id, units.Single(u => u.Level == ReportingLevel.Commune).ReportsToId);

            var report = await db.Set<StatisticalReport>().Include(r => r.Values).SingleAsync(r => r.Id == reportId);
            Assert.Equal(31, report.ValueOf("1", "2"));
            Assert.Equal(4, report.ValueOf("2", "3"));
            report.SetValue(loadedForm, "1", "1", 35);
            report.Submit(chain.Commune.Id, Now.AddHours(1));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var report = await db.Set<StatisticalReport>().Include(r => r.Values).SingleAsync(r => r.Id == reportId);
            Assert.Equal(StatisticalReportStatus.Submitted, report.Status);
            Assert.Equal(Now.AddHours(1), report.SubmittedAt);
            Assert.Equal(DateTimeKind.Utc, report.SubmittedAt!.Value.Kind);
            Assert.Equal(3, report.Values.Count);
            Assert.Equal(1, report.Version);
            report.Return(chain.Province.Id, "Đề nghị kiểm tra lại số liệu nữ.", Now.AddDays(1));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var report = await db.Set<StatisticalReport>().SingleAsync(r => r.Id == reportId);
            Assert.Equal((StatisticalReportStatus.Returned, "Đề nghị kiểm tra lại số liệu nữ."), (report.Status, report.ReturnRemarks));
        }
    }

    [Theory, BothProviders]
    public async Task One_report_per_unit_form_and_period(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var chain = await SeedChainAsync(db);
        var form = BirthsForm();
        var period = Period();
        db.AddRange(form, period, new StatisticalReport(chain.Commune, form, period, Now));
        await db.SaveChangesAsync();

        db.Add(new StatisticalReport(chain.Commune, form, period, Now));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, BothProviders]
    public async Task A_stale_review_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var form = BirthsForm();
        var period = Period();
        StatisticalReport report;
        (ReportingUnit Top, ReportingUnit Province, ReportingUnit Commune) chain;
        await using (var db = database.NewContext())
        {
            chain = await SeedChainAsync(db);
            report = new StatisticalReport(chain.Commune, form, period, Now);
            report.Submit(chain.Commune.Id, Now);
            db.AddRange(form, period, report);
            await db.SaveChangesAsync();
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var approving = await first.Set<StatisticalReport>().SingleAsync(r => r.Id == report.Id);
        var returning = await second.Set<StatisticalReport>().SingleAsync(r => r.Id == report.Id);
        approving.Approve(chain.Province.Id, Now);
        await first.SaveChangesAsync();
        returning.Return(chain.Province.Id, "Sai số liệu", Now);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Demo_data_builds_the_chain_and_reports_in_every_state()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            var generator = new DemoDataGenerator([new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData(), new StatisticsDemoData()]);
            await generator.GenerateAsync(db, DemoScale.Demo, new DateOnly(2026, 7, 10));
        }

        await using (var db = database.NewContext())
        {
            var units = await db.Set<ReportingUnit>().ToListAsync();
            Assert.Single(units, u => u.IsTop);
            Assert.Equal(34, units.Count(u => u.Level == ReportingLevel.Province));
            Assert.Equal(6, await db.Set<StatisticalForm>().CountAsync());
            Assert.Equal(6, await db.Set<ReportingPeriod>().CountAsync());
            var reports = await db.Set<StatisticalReport>().Include(r => r.Values).ToListAsync();
            Assert.All(Enum.GetValues<StatisticalReportStatus>(), s => Assert.Contains(reports, r => r.Status == s));
            Assert.All(reports.SelectMany(r => r.Values), v => Assert.True(v.Value >= 0));
            var byId = units.ToDictionary(u => u.Id);
            Assert.All(reports, r => Assert.Equal(byId[r.ReportingUnitId].ReportsToId, r.RecipientUnitId));
        }
    }
}
