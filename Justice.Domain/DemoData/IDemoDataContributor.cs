using Justice.Domain.Persistence;

namespace Justice.Domain.DemoData;

/// <summary>
/// One area's share of the demo data. Contributors run in <see cref="Order"/>; each gets its own
/// random stream (seeded from the run's seed and the area name) so adding an area never changes another's data.
/// </summary>
public interface IDemoDataContributor
{
    /// <summary>Reference data (administrative units, organisations) runs first; areas that need it run later.</summary>
    int Order { get; }
    string Area { get; }
    Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken);
}

/// <summary>What every contributor may rely on: the random stream, the size and the reference date.</summary>
public sealed class DemoDataContext(Random random, DemoScale scale, DateOnly referenceDate)
{
    public Random Random { get; } = random;
    public DemoScale Scale { get; } = scale;
    /// <summary>"Today" for the generated data; fixed in tests so runs compare equal.</summary>
    public DateOnly ReferenceDate { get; } = referenceDate;
    public DateTime ReferenceInstant => ReferenceDate.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];
    public DateOnly DateBetween(DateOnly from, DateOnly to) => from.AddDays(Random.Next(to.DayNumber - from.DayNumber + 1));
}

/// <summary>How much to generate. <see cref="CivilStatusRecords"/> drives the large table; the rest stay small.</summary>
public sealed record DemoScale(int CivilStatusRecords)
{
    public static readonly DemoScale Demo = new(2_000);
    /// <summary>About the size of the national registry: 28.5 million records.</summary>
    public static readonly DemoScale National = new(28_500_000);

    /// <summary>Parses <c>demo</c>, <c>national</c> or a number of civil-status records.</summary>
    public static DemoScale Parse(string value) => value.ToLowerInvariant() switch
    {
        "demo" or "small" => Demo,
        "national" => National,
        _ when int.TryParse(value, out var n) && n >= 0 => new DemoScale(n),
        _ => throw new ArgumentException($"Unknown scale '{value}': use demo, national or a number of records."),
    };
}
