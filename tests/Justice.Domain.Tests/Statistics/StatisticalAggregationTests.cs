using Justice.Domain.Common;
using Justice.Domain.Statistics;
using Xunit;
using static Justice.Domain.Tests.Statistics.StatisticsTestData;

namespace Justice.Domain.Tests.Statistics;

public sealed class StatisticalAggregationTests
{
    private readonly StatisticalForm _form = BirthsForm();
    private readonly ReportingPeriod _period = Period();

    private StatisticalReport Report(ReportingUnit unit, long onTime, long late, bool approve = true, ReportingPeriod? period = null)
    {
        var report = new StatisticalReport(unit, _form, period ?? _period, Now);
        report.SetValue(_form, "1", "1", onTime);
        report.SetValue(_form, "2", "1", late);
        report.Submit(unit.Id, Now);
        if (approve) report.Approve(unit.ReportsToId!.Value, Now);
        return report;
    }

    [Fact]
    public void Sums_approved_reports_of_the_units_directly_below()
    {
        var (top, province, a) = Chain();
        var b = new ReportingUnit(Guid.NewGuid(), ReportingLevel.Commune, province);
        var c = new ReportingUnit(Guid.NewGuid(), ReportingLevel.Commune, province);
        var otherProvince = new ReportingUnit(Guid.NewGuid(), ReportingLevel.Province, top);
        var elsewhere = new ReportingUnit(Guid.NewGuid(), ReportingLevel.Commune, otherProvince);
        var units = new[] { top, province, a, b, c, otherProvince, elsewhere };
        var reports = new[]
        {
            Report(a, 100, 5), Report(b, 40, 1),
            Report(c, 999, 999, approve: false), // submitted, not approved: not counted
            Report(elsewhere, 7, 7), // another province
            Report(a, 1000, 1000, period: ReportingPeriod.For(ReportingPeriodKind.AnnualOfficial, 2026, ReportingCalendar.Default)),
        };

        var figures = StatisticalAggregation.SumApprovedBelow(province.Id, _form.Id, _period.Id, units, reports);

        Assert.Equal(140, figures["1", "1"]);
        Assert.Equal(6, figures["2", "1"]);
        Assert.Equal(0, figures["1", "2"]);
        Assert.Equal(new[] { a.Id, b.Id }.Order(), figures.IncludedUnitIds);
        Assert.Equal([c.Id], figures.MissingUnitIds);
    }

    [Fact]
    public void Counts_only_the_direct_level_so_nothing_is_counted_twice()
    {
        var (top, province, commune) = Chain();
        var units = new[] { top, province, commune };
        var reports = new[] { Report(commune, 10, 0), Report(province, 10, 0) };
        var figures = StatisticalAggregation.SumApprovedBelow(top.Id, _form.Id, _period.Id, units, reports);
        Assert.Equal(10, figures["1", "1"]);
        Assert.Equal([province.Id], figures.IncludedUnitIds);
    }

    [Fact]
    public void Nothing_below_gives_empty_sums()
    {
        var (_, _, commune) = Chain();
        var figures = StatisticalAggregation.SumApprovedBelow(commune.Id, _form.Id, _period.Id, [commune], []);
        Assert.Empty(figures.Values);
        Assert.Empty(figures.MissingUnitIds);
    }

    [Fact]
    public void Sums_prefill_the_units_own_report()
    {
        var (top, province, a) = Chain();
        var figures = StatisticalAggregation.SumApprovedBelow(province.Id, _form.Id, _period.Id, [top, province, a], [Report(a, 12, 3)]);
        var own = new StatisticalReport(province, _form, _period, Now);
        own.Prefill(_form, figures);
        Assert.Equal(12, own.ValueOf("1", "1"));
        Assert.Equal(3, own.ValueOf("2", "1"));
        own.Submit(province.Id, Now);
        Assert.Equal("STAT_REPORT_READ_ONLY", Assert.Throws<DomainException>(() => own.Prefill(_form, figures)).Code);
    }
}
