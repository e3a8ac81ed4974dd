using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Justice.Domain.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Creates the database if needed and applies the provider's pending migrations.</summary>
    public static async Task MigrateAsync(JusticeDbContext db, ILogger logger, CancellationToken ct = default)
    {
        // Npgsql's history repository assumes its table exists and lets the first query fail on a new database,
        // which logs a "fail:" line an operator would take for a real error (npgsql/efcore.pg#3407). Creating the
        // table first, if missing, keeps the log truthful; the script is idempotent on both providers.
        await db.Database.EnsureCreatedDatabaseOnlyAsync(ct);
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>Creates an empty database (no tables) when the server has none by that name.</summary>
    private static async Task EnsureCreatedDatabaseOnlyAsync(this DatabaseFacade database, CancellationToken ct)
    {
        var creator = database.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct)) await creator.CreateAsync(ct);
    }
}
