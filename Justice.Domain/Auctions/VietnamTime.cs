namespace Justice.Domain.Auctions;

/// <summary>
/// Instants are stored in UTC, but legal day counts ("7 days before the auction") are counted on
/// Vietnam's calendar. Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset suffices.
/// </summary>
internal static class VietnamTime
{
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(RequireUtc(utc).AddHours(7));

    public static DateTime RequireUtc(DateTime instant, string? name = null) =>
        instant.Kind == DateTimeKind.Utc
            ? instant
            : throw new ArgumentException("Instants in the domain are UTC.", name ?? nameof(instant));
}
