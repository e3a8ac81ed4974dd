using Justice.Domain.Common;
using Justice.Domain.Statistics;
using Xunit;
using static Justice.Domain.Tests.Statistics.StatisticsTestData;

namespace Justice.Domain.Tests.Statistics;

public sealed class ReportingUnitTests
{
    [Fact]
    public void Chain_runs_commune_to_province_to_the_top()
    {
        var (top, province, commune) = Chain();
        Assert.True(top.IsTop);
        Assert.Equal(top.Id, province.ReportsToId);
        Assert.Equal(province.Id, commune.ReportsToId);
    }

    [Fact]
    public void Commune_may_report_through_a_district()
    {
        var (_, province, _) = Chain();
        var district = new ReportingUnit(Guid.NewGuid(), ReportingLevel.District, province);
        var commune = new ReportingUnit(Guid.NewGuid(), ReportingLevel.Commune, district);
        Assert.Equal(district.Id, commune.ReportsToId);
    }

    [Theory]
    [InlineData(ReportingLevel.Commune)]
    [InlineData(ReportingLevel.Province)]
    [InlineData(ReportingLevel.Ministry)]
    public void Only_the_ministry_top_unit_has_no_parent(ReportingLevel level)
    {
        var ex = Assert.Throws<DomainException>(() => new ReportingUnit(Guid.NewGuid(), level, null));
        Assert.Equal("REPORTING_UNIT_PARENT_REQUIRED", ex.Code);
    }

    [Fact]
    public void Province_cannot_report_to_a_commune_nor_commune_to_the_ministry()
    {
        var (top, _, commune) = Chain();
        Assert.Equal("REPORTING_UNIT_PARENT_LEVEL_INVALID",
            Assert.Throws<DomainException>(() => new ReportingUnit(Guid.NewGuid(), ReportingLevel.Province, commune)).Code);
        Assert.Equal("REPORTING_UNIT_PARENT_LEVEL_INVALID",
            Assert.Throws<DomainException>(() => new ReportingUnit(Guid.NewGuid(), ReportingLevel.Commune, top)).Code);
    }

    [Fact]
    public void Ministry_units_report_to_the_top_unit_only()
    {
        var (top, _, _) = Chain();
        var ministryUnit = new ReportingUnit(Guid.NewGuid(), ReportingLevel.MinistryOfJustice, top);
        var ex = Assert.Throws<DomainException>(() => new ReportingUnit(Guid.NewGuid(), ReportingLevel.Province, ministryUnit));
        Assert.Equal("REPORTING_UNIT_PARENT_LEVEL_INVALID", ex.Code);
    }

    [Fact]
    public void Unit_cannot_report_to_itself()
    {
        var (top, _, _) = Chain();
        var ex = Assert.Throws<DomainException>(() => top.ReportTo(top));
        Assert.Equal("REPORTING_UNIT_SELF_PARENT", ex.Code);
    }
}

public sealed class StatisticalFormTests
{
    [Fact]
    public void Form_has_cells_for_each_row_and_column()
    {
        var form = BirthsForm();
        Assert.Equal(6, form.Cells.Count());
        Assert.True(form.HasCell("2", "3"));
        Assert.False(form.HasCell("3", "1"));
        Assert.Equal(StatisticalForm.DefaultLegalBasis, form.LegalBasis);
        Assert.Equal("Thông tư 03/2019/TT-BTP", form.LegalBasis);
    }

    [Theory]
    [InlineData("01a/BTP/HT")]
    [InlineData("0801a/BTP/HTQTCT/HT")]
    [InlineData("07a/BTP/BTTP/ĐG")]
    public void Accepts_sector_form_codes(string code) =>
        Assert.Equal(code, new StatisticalForm(code, "Biểu", [("1", "Dòng")], [("1", "Cột")]).Code);

    [Theory]
    [InlineData("BTP/HT")]
    [InlineData("01a")]
    [InlineData("01a/btp/ht")]
    public void Refuses_malformed_form_codes(string code)
    {
        var ex = Assert.Throws<DomainException>(() => new StatisticalForm(code, "Biểu", [("1", "Dòng")], [("1", "Cột")]));
        Assert.Equal("STAT_FORM_CODE_INVALID", ex.Code);
    }

    [Fact]
    public void Refuses_duplicate_indicator_codes_on_an_axis()
    {
        var ex = Assert.Throws<DomainException>(() => new StatisticalForm("01a/BTP/HT", "Biểu", [("1", "A"), ("1", "B")], [("1", "Cột")]));
        Assert.Equal("STAT_INDICATOR_DUPLICATE", ex.Code);
    }

    [Fact]
    public void Refuses_a_form_without_columns()
    {
        var ex = Assert.Throws<DomainException>(() => new StatisticalForm("01a/BTP/HT", "Biểu", [("1", "A")], []));
        Assert.Equal("STAT_FORM_EMPTY", ex.Code);
    }

    [Fact]
    public void Refuses_indicator_codes_with_spaces()
    {
        var ex = Assert.Throws<DomainException>(() => new StatisticalForm("01a/BTP/HT", "Biểu", [("1 a", "A")], [("1", "Cột")]));
        Assert.Equal("STAT_INDICATOR_CODE_INVALID", ex.Code);
    }
}

public sealed class ReportingPeriodTests
{
    [Fact]
    public void Default_calendar_follows_the_circular()
    {
        var six = ReportingPeriod.For(ReportingPeriodKind.SixMonth, 2026, ReportingCalendar.Default);
        Assert.Equal(new DateOnly(2026, 1, 1), six.CoversFrom);
        Assert.Equal(new DateOnly(2026, 6, 30), six.CoversTo);
        Assert.Equal(new DateOnly(2026, 5, 31), six.ActualDataUntil);
        var official = ReportingPeriod.For(ReportingPeriodKind.AnnualOfficial, 2025, ReportingCalendar.Default);
        Assert.Equal(new DateOnly(2025, 12, 31), official.CoversTo);
        Assert.Equal(2026, official.DueDate.Year);
        var preliminary = ReportingPeriod.For(ReportingPeriodKind.AnnualPreliminary, 2025, ReportingCalendar.Default);
        Assert.Equal(new DateOnly(2025, 11, 30), preliminary.ActualDataUntil);
    }

    [Fact]
    public void Calendar_is_configuration()
    {
        var calendar = ReportingCalendar.Default with { SixMonth = new(1, 6, 6, DueMonth: 7, DueDay: 10) };
        var period = ReportingPeriod.For(ReportingPeriodKind.SixMonth, 2026, calendar);
        Assert.Equal(new DateOnly(2026, 7, 10), period.DueDate);
        Assert.True(period.IsOverdue(new DateOnly(2026, 7, 11)));
        Assert.False(period.IsOverdue(new DateOnly(2026, 7, 10)));
    }

    [Fact]
    public void Refuses_an_inverted_range()
    {
        var ex = Assert.Throws<DomainException>(() => new ReportingPeriod(ReportingPeriodKind.SixMonth, 2026,
            new DateOnly(2026, 6, 30), new DateOnly(2026, 1, 1), new DateOnly(2026, 5, 31), new DateOnly(2026, 7, 1)));
        Assert.Equal("STAT_PERIOD_RANGE_INVALID", ex.Code);
    }

    [Fact]
    public void Refuses_a_due_date_before_the_actual_figures_close()
    {
        var period = Period();
        var ex = Assert.Throws<DomainException>(() => period.ChangeDueDate(new DateOnly(2026, 5, 1)));
        Assert.Equal("STAT_PERIOD_DUE_INVALID", ex.Code);
        period.ChangeDueDate(new DateOnly(2026, 6, 30));
        Assert.Equal(new DateOnly(2026, 6, 30), period.DueDate);
    }

    [Fact]
    public void Refuses_an_implausible_year()
    {
        var ex = Assert.Throws<DomainException>(() => ReportingPeriod.For(ReportingPeriodKind.SixMonth, 1990, ReportingCalendar.Default));
        Assert.Equal("STAT_PERIOD_YEAR_INVALID", ex.Code);
    }
}

public sealed class StatisticalReportTests
{
    private readonly StatisticalForm _form = BirthsForm();
    private readonly ReportingPeriod _period = Period();
    private readonly (ReportingUnit Top, ReportingUnit Province, ReportingUnit Commune) _chain = Chain();

    private StatisticalReport CommuneReport() => new(_chain.Commune, _form, _period, Now);

    [Fact]
    public void Goes_to_the_unit_above()
    {
        var report = CommuneReport();
        Assert.Equal(StatisticalReportStatus.Draft, report.Status);
        Assert.Equal(_chain.Province.Id, report.RecipientUnitId);
    }

    [Fact]
    public void Top_unit_files_no_report()
    {
        var ex = Assert.Throws<DomainException>(() => new StatisticalReport(_chain.Top, _form, _period, Now));
        Assert.Equal("STAT_REPORT_NO_RECIPIENT", ex.Code);
    }

    [Fact]
    public void Draft_takes_values_and_overwrites_a_cell()
    {
        var report = CommuneReport();
        report.SetValue(_form, "1", "1", 12);
        report.SetValue(_form, "1", "1", 15);
        Assert.Equal(15, report.ValueOf("1", "1"));
        Assert.Single(report.Values);
        Assert.Equal(0, report.ValueOf("2", "1"));
    }

    [Fact]
    public void Refuses_negative_values()
    {
        var ex = Assert.Throws<DomainException>(() => CommuneReport().SetValue(_form, "1", "1", -1));
        Assert.Equal("STAT_VALUE_NEGATIVE", ex.Code);
    }

    [Fact]
    public void Refuses_cells_not_on_the_form()
    {
        var ex = Assert.Throws<DomainException>(() => CommuneReport().SetValue(_form, "9", "1", 1));
        Assert.Equal("STAT_CELL_UNKNOWN", ex.Code);
    }

    [Fact]
    public void Refuses_values_of_another_form()
    {
        var other = new StatisticalForm("03a/BTP/HT", "Khai tử", [("1", "A")], [("1", "B")]);
        var ex = Assert.Throws<DomainException>(() => CommuneReport().SetValue(other, "1", "1", 1));
        Assert.Equal("STAT_FORM_MISMATCH", ex.Code);
    }

    [Fact]
    public void Submitted_report_is_read_only()
    {
        var report = CommuneReport();
        report.Submit(_chain.Commune.Id, Now);
        var ex = Assert.Throws<DomainException>(() => report.SetValue(_form, "1", "1", 1));
        Assert.Equal("STAT_REPORT_READ_ONLY", ex.Code);
        Assert.False(report.IsEditable);
    }

    [Fact]
    public void Full_workflow_with_a_return_for_correction()
    {
        var report = CommuneReport();
        report.SetValue(_form, "1", "1", 10);
        report.Submit(_chain.Commune.Id, Now);
        report.Return(_chain.Province.Id, "Tổng số chưa khớp.", Now.AddDays(1));
        Assert.Equal(StatisticalReportStatus.Returned, report.Status);
        Assert.Equal("Tổng số chưa khớp.", report.ReturnRemarks);
        report.SetValue(_form, "1", "1", 11);
        report.Submit(_chain.Commune.Id, Now.AddDays(2));
        report.Approve(_chain.Province.Id, Now.AddDays(3));
        Assert.Equal(StatisticalReportStatus.Approved, report.Status);
        Assert.Equal(Now.AddDays(3), report.ReviewedAt);
        Assert.Equal("STAT_REPORT_READ_ONLY", Assert.Throws<DomainException>(() => report.SetValue(_form, "1", "1", 1)).Code);
    }

    [Fact]
    public void Only_the_recipient_may_return_or_approve()
    {
        var report = CommuneReport();
        report.Submit(_chain.Commune.Id, Now);
        Assert.Equal("STAT_REVIEWER_NOT_RECIPIENT", Assert.Throws<DomainException>(() => report.Approve(_chain.Top.Id, Now)).Code);
        Assert.Equal("STAT_REVIEWER_NOT_RECIPIENT", Assert.Throws<DomainException>(() => report.Return(_chain.Commune.Id, "Sai", Now)).Code);
        Assert.Equal(StatisticalReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Only_the_owner_may_submit()
    {
        var ex = Assert.Throws<DomainException>(() => CommuneReport().Submit(_chain.Province.Id, Now));
        Assert.Equal("STAT_REPORT_NOT_OWNER", ex.Code);
    }

    [Fact]
    public void Return_needs_remarks()
    {
        var report = CommuneReport();
        report.Submit(_chain.Commune.Id, Now);
        Assert.Equal("TEXT_REQUIRED", Assert.Throws<DomainException>(() => report.Return(_chain.Province.Id, "  ", Now)).Code);
    }

    [Fact]
    public void Refuses_transitions_outside_the_workflow()
    {
        var report = CommuneReport();
        Assert.Equal("STAT_REPORT_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => report.Approve(_chain.Province.Id, Now)).Code);
        Assert.Equal("STAT_REPORT_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => report.Return(_chain.Province.Id, "Sai", Now)).Code);
        report.Submit(_chain.Commune.Id, Now);
        Assert.Equal("STAT_REPORT_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => report.Submit(_chain.Commune.Id, Now)).Code);
        report.Approve(_chain.Province.Id, Now);
        Assert.Equal("STAT_REPORT_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => report.Return(_chain.Province.Id, "Sai", Now)).Code);
    }

    [Fact]
    public void Refuses_local_times()
    {
        var ex = Assert.Throws<DomainException>(() => CommuneReport().Submit(_chain.Commune.Id, new DateTime(2026, 7, 1, 9, 0, 0, DateTimeKind.Local)));
        Assert.Equal("TIME_NOT_UTC", ex.Code);
    }
}
