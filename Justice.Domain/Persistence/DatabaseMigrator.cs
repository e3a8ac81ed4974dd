using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Justice.Domain.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Creates the database if needed and applies the provider's pending migrations.</summary>
    public static async Task MigrateAsync(JusticeDbContext db, ILogger logger, CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
    }
}
