namespace Justice.Domain.PortalContent;

/// <summary>
/// Local calendar days for rules stated in dates ("open from 01/03 to 30/04"). Vietnam (Asia/Ho_Chi_Minh) has
/// kept UTC+7 without daylight saving since 1975, so a fixed offset needs no time-zone database.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly LocalDate(DateTime utcNow) => DateOnly.FromDateTime(utcNow.ToUniversalTime() + Offset);

    /// <summary>The UTC instant of a local wall-clock time in Vietnam.</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly localTime) =>
        DateTime.SpecifyKind(day.ToDateTime(localTime) - Offset, DateTimeKind.Utc);
}
