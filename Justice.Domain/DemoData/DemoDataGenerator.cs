using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.DemoData;

/// <summary>Fills an empty database with deterministic, realistic data for every area.</summary>
public sealed class DemoDataGenerator(IEnumerable<IDemoDataContributor> contributors)
{
    public const int DefaultSeed = 20250701;

    /// <summary>True when the database already holds data (the generator never mixes into real data).</summary>
    public static Task<bool> HasDataAsync(JusticeDbContext db, CancellationToken ct) =>
        db.Set<AdministrativeUnits.AdministrativeUnit>().AnyAsync(ct);

    public async Task GenerateAsync(JusticeDbContext db, DemoScale scale, DateOnly referenceDate, int seed = DefaultSeed,
        IProgress<(string Area, TimeSpan Took)>? progress = null, CancellationToken ct = default)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var contributor in contributors.OrderBy(c => c.Order).ThenBy(c => c.Area, StringComparer.Ordinal))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var random = new Random(unchecked(seed * 31 + StableHash(contributor.Area)));
            await contributor.SeedAsync(db, new DemoDataContext(random, scale, referenceDate), ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Report((contributor.Area, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    // string.GetHashCode and HashCode.Combine are randomised per process; determinism needs a fixed hash.
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text) hash = hash * 31 + c;
            return hash;
        }
    }
}
