using Justice.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Justice.Domain.CivilRegistry;

/// <summary>
/// Saves a registration with the next entry number of its book. Two officers registering into the same
/// book at the same moment both read the same <see cref="RegisterBook.LastEntryNumber"/>; the book's
/// version lets only one of them commit, the other starts again from the fresh book. The unique index
/// on (BookId, EntryNumber) is the backstop. Numbers stay unique and gap-free because the number, the
/// book and the registration are written in one transaction.
/// </summary>
public sealed class CivilStatusRegistrar(JusticeDbContext db, CivilRegistryOptions? options = null)
{
    private readonly CivilRegistryOptions _options = options ?? CivilRegistryOptions.Default;

    /// <summary>
    /// Finds (or opens) the book of <paramref name="authorityId"/>, <paramref name="eventType"/> and
    /// <paramref name="year"/>, lets <paramref name="register"/> build the registration from it (the callback
    /// may run more than once: it must only build, not save), and saves the registration with its outbound
    /// messages. People added to the context beforehand are saved in the same transaction.
    /// Inside a transaction the caller opened, it makes one attempt (a failed statement spoils that transaction).
    /// </summary>
    public async Task<CivilStatusRegistration> RegisterAsync(Guid authorityId, CivilStatusEventType eventType, int year,
        Func<RegisterBook, CivilStatusRegistration> register, CancellationToken cancellationToken = default, int bookNumber = 1)
    {
        var callerTransaction = db.Database.CurrentTransaction is not null;
        for (var attempt = 1; ; attempt++)
        {
            var before = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            var book = await FindOrOpenBookAsync(authorityId, eventType, year, bookNumber, cancellationToken);
            var registration = register(book);
            if (registration.BookId != book.Id)
                throw new InvalidOperationException("The registration must be made in the book handed to the callback.");
            db.Add(registration);
            db.AddRange(registration.TakeOutboundMessages());
            try
            {
                if (callerTransaction)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                else
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                return registration;
            }
            catch (DbUpdateException exception) when (!callerTransaction && attempt < _options.MaxRegistrationAttempts
                                                       && IsLostRace(exception))
            {
                foreach (var entry in db.ChangeTracker.Entries().Where(e => !before.Contains(e.Entity)).ToList())
                    entry.State = EntityState.Detached;
                // Spread the retries so the losers do not collide again in lockstep.
                await Task.Delay(Random.Shared.Next(1, 5 + Math.Min(attempt, 20) * 2), cancellationToken);
            }
        }
    }

    private async Task<RegisterBook> FindOrOpenBookAsync(Guid authorityId, CivilStatusEventType eventType, int year, int bookNumber,
        CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries<RegisterBook>().FirstOrDefault(e =>
            e.Entity.AuthorityId == authorityId && e.Entity.EventType == eventType && e.Entity.Year == year && e.Entity.BookNumber == bookNumber);
        if (tracked is not null)
        {
            if (tracked.State != EntityState.Added) await tracked.ReloadAsync(cancellationToken);
            return tracked.Entity;
        }
        var book = await db.Set<RegisterBook>().AsTracking().FirstOrDefaultAsync(b =>
            b.AuthorityId == authorityId && b.EventType == eventType && b.Year == year && b.BookNumber == bookNumber, cancellationToken);
        if (book is not null) return book;
        book = new RegisterBook(authorityId, eventType, year, bookNumber);
        db.Add(book);
        return book;
    }

    /// <summary>Another writer took the number (stale book version) or opened the same book first (unique key).</summary>
    private static bool IsLostRace(DbUpdateException exception)
    {
        if (exception is DbUpdateConcurrencyException) return true;
        for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
            // 2067 = SQLITE_CONSTRAINT_UNIQUE, 1555 = SQLITE_CONSTRAINT_PRIMARYKEY.
            if (inner is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }) return true;
        }
        return false;
    }
}
