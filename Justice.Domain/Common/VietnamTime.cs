namespace Justice.Domain.Common;

/// <summary>
/// Instants are stored in UTC; rules stated in days ("7 days before the auction", "open from 01/03 to 30/04")
/// count on Vietnam's calendar. Vietnam (Asia/Ho_Chi_Minh) has kept UTC+7 without daylight saving since 1975,
/// so a fixed offset needs no time-zone database.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>Refuses an instant that is not UTC (code <c>TIME_NOT_UTC</c>): a local time would shift every rule by hours.</summary>
    public static DateTime RequireUtc(DateTime instant) => instant.Kind == DateTimeKind.Utc
        ? instant
        : throw new DomainException("TIME_NOT_UTC", "Thời điểm phải theo giờ UTC.");

    /// <summary>The day in Vietnam at a UTC instant.</summary>
    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(RequireUtc(utc) + Offset);

    /// <summary>The UTC instant of a local wall-clock time in Vietnam.</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly localTime) =>
        DateTime.SpecifyKind(day.ToDateTime(localTime) - Offset, DateTimeKind.Utc);
}
