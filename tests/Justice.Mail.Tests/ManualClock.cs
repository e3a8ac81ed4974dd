namespace Justice.Mail.Tests;

/// <summary>Time that moves only when a test says so: backoff and leases are checked without waiting.</summary>
public sealed class ManualClock(DateTime start) : TimeProvider
{
    private DateTime _now = DateTime.SpecifyKind(start, DateTimeKind.Utc);

    public DateTime UtcNow => _now;

    public override DateTimeOffset GetUtcNow() => new(_now, TimeSpan.Zero);

    public void Advance(TimeSpan by) => _now += by;
}
