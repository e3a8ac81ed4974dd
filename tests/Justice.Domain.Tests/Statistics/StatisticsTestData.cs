using Justice.Domain.Statistics;

namespace Justice.Domain.Tests.Statistics;

internal static class StatisticsTestData
{
    public static readonly DateTime Now = new(2026, 7, 10, 3, 0, 0, DateTimeKind.Utc);

    public static (ReportingUnit Top, ReportingUnit Province, ReportingUnit Commune) Chain()
    {
        var top = new ReportingUnit(Guid.NewGuid(), ReportingLevel.MinistryOfJustice, null);
        var province = new ReportingUnit(Guid.NewGuid(), ReportingLevel.Province, top);
        var commune = new ReportingUnit(Guid.NewGuid(), ReportingLevel.Commune, province);
        return (top, province, commune);
    }

    public static StatisticalForm BirthsForm() => new("01a/BTP/HT", "Số trường hợp đăng ký khai sinh",
        [("1", "Đúng hạn"), ("2", "Quá hạn")], [("1", "Tổng số"), ("2", "Nam"), ("3", "Nữ")]);

    public static ReportingPeriod Period() => ReportingPeriod.For(ReportingPeriodKind.SixMonth, 2026, ReportingCalendar.Default);
}
