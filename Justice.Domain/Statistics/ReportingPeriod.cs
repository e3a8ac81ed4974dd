using Justice.Domain.Common;

namespace Justice.Domain.Statistics;

public enum ReportingPeriodKind
{
    /// <summary>Báo cáo 6 tháng.</summary>
    SixMonth,
    /// <summary>Báo cáo năm lần 1 (số liệu sơ bộ, có ước tính).</summary>
    AnnualPreliminary,
    /// <summary>Báo cáo năm chính thức.</summary>
    AnnualOfficial,
}

/// <summary>
/// Kỳ báo cáo thống kê: the dates a report covers, the day up to which its figures are actual (the rest is
/// estimated) and the day it is due. Made from a <see cref="ReportingCalendar"/> so the dates stay configuration.
/// </summary>
public sealed class ReportingPeriod : AggregateRoot
{
    private ReportingPeriod() { }

    public ReportingPeriod(ReportingPeriodKind kind, int year, DateOnly coversFrom, DateOnly coversTo,
        DateOnly actualDataUntil, DateOnly dueDate)
    {
        if (year is < 2000 or > 2100)
            throw new DomainException("STAT_PERIOD_YEAR_INVALID", $"Năm báo cáo {year} không hợp lệ.");
        if (coversTo < coversFrom)
            throw new DomainException("STAT_PERIOD_RANGE_INVALID", "Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.");
        if (actualDataUntil < coversFrom || actualDataUntil > coversTo)
            throw new DomainException("STAT_PERIOD_RANGE_INVALID", "Ngày chốt số liệu thực tế phải nằm trong kỳ báo cáo.");
        Kind = kind;
        Year = year;
        CoversFrom = coversFrom;
        CoversTo = coversTo;
        ActualDataUntil = actualDataUntil;
        ChangeDueDate(dueDate);
    }

    public static ReportingPeriod For(ReportingPeriodKind kind, int year, ReportingCalendar calendar)
    {
        var rule = calendar.RuleFor(kind);
        return new ReportingPeriod(kind, year,
            new DateOnly(year, rule.FirstMonth, 1),
            LastDayOf(year, rule.LastMonth),
            LastDayOf(year, rule.ActualDataLastMonth),
            new DateOnly(year + rule.DueYearOffset, rule.DueMonth, rule.DueDay));
    }

    public ReportingPeriodKind Kind { get; private set; }
    public int Year { get; private set; }
    public DateOnly CoversFrom { get; private set; }
    public DateOnly CoversTo { get; private set; }
    /// <summary>Figures up to this day are actual; the rest of the period is estimated (equal to <see cref="CoversTo"/> for official reports).</summary>
    public DateOnly ActualDataUntil { get; private set; }
    /// <summary>Thời hạn gửi báo cáo.</summary>
    public DateOnly DueDate { get; private set; }

    public bool IsOverdue(DateOnly today) => today > DueDate;

    /// <summary>The Ministry may extend a deadline; a report cannot be due before its actual figures are closed.</summary>
    public void ChangeDueDate(DateOnly dueDate)
    {
        if (dueDate <= ActualDataUntil)
            throw new DomainException("STAT_PERIOD_DUE_INVALID", "Hạn gửi báo cáo phải sau ngày chốt số liệu thực tế.");
        DueDate = dueDate;
    }

    public string Label => Kind switch
    {
        ReportingPeriodKind.SixMonth => $"6 tháng năm {Year}",
        ReportingPeriodKind.AnnualPreliminary => $"Năm {Year} (lần 1)",
        _ => $"Năm {Year} (chính thức)",
    };

    private static DateOnly LastDayOf(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}

/// <summary>How one kind of period is laid out in a year: whole months covered, the last month of actual figures, the due day.</summary>
public sealed record ReportingPeriodRule(int FirstMonth, int LastMonth, int ActualDataLastMonth, int DueMonth, int DueDay, int DueYearOffset = 0);

/// <summary>
/// The sector's reporting calendar. <see cref="Default"/> follows Circular 03/2019/TT-BTP: six months =
/// 01/01–30/06 with actual figures to 31/05, year = 01/01–31/12 with actual figures to 30/11 in the first
/// (preliminary) report. The due days are configuration *(check against the circular in force)*.
/// </summary>
public sealed record ReportingCalendar(ReportingPeriodRule SixMonth, ReportingPeriodRule AnnualPreliminary, ReportingPeriodRule AnnualOfficial)
{
    public static readonly ReportingCalendar Default = new(
        SixMonth: new(1, 6, 5, DueMonth: 6, DueDay: 15),
        AnnualPreliminary: new(1, 12, 11, DueMonth: 12, DueDay: 15),
        AnnualOfficial: new(1, 12, 12, DueMonth: 3, DueDay: 15, DueYearOffset: 1));

    public ReportingPeriodRule RuleFor(ReportingPeriodKind kind) => kind switch
    {
        ReportingPeriodKind.SixMonth => SixMonth,
        ReportingPeriodKind.AnnualPreliminary => AnnualPreliminary,
        _ => AnnualOfficial,
    };
}
