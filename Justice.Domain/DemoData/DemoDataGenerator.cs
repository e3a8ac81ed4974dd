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
        try
        {
            foreach (var contributor in contributors.OrderBy(c => c.Order).ThenBy(c => c.Area, StringComparer.Ordinal))
                await GenerateAreaAsync(db, contributor, new DemoDataContext(NewRandom(seed, contributor.Area), scale, referenceDate), progress, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private static async Task GenerateAreaAsync(JusticeDbContext db, IDemoDataContributor contributor, DemoDataContext context,
        IProgress<(string Area, TimeSpan Took)>? progress, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await contributor.SeedAsync(db, context, ct);
        // Automatic detection is off while contributors add thousands of entities; one pass before saving
        // still catches changes they made to entities they loaded.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        progress?.Report((contributor.Area, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
    }

    /// <summary>Each area its own stream, so adding an area never changes another's data.</summary>
    private static Random NewRandom(int seed, string area) => new(unchecked(seed * 31 + StableHash(area)));

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
