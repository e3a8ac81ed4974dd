using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Conferences;

/// <summary>
/// A board change's sequence number is given by the database at insert. Were two changes saved at once, the one with
/// the lower number could commit last, and a client catching up "after" the higher number would never see it. Board
/// changes are a few a day, so they take turns: on PostgreSQL a transaction-scoped advisory lock makes numbering order
/// and commit order the same (SQLite has a single writer already).
/// </summary>
internal static class ConferenceChangeOrder
{
    /// <summary>Any fixed number: it names the one lock all board changes share.</summary>
    private const long BoardLock = 0x636F6E66; // "conf"

    public static async Task SaveInCommitOrderAsync(JusticeDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.PostgreSql)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({BoardLock})", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
