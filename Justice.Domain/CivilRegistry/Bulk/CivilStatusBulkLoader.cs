using Justice.Domain.Common;
using System.Data;
using System.Data.Common;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Justice.Domain.CivilRegistry.Bulk;

/// <summary>
/// Writes generated persons and registrations (and the register books they fall into) at national scale,
/// bypassing the change tracker. PostgreSQL: binary COPY, in batches of <see cref="BatchSize"/> rows (books,
/// then persons, then registrations, so foreign keys hold), all in one transaction. SQLite: prepared inserts
/// in one transaction. Either way only one batch is held in memory, plus one small entry per register book.
/// Entry numbers are assigned per book in the order rows arrive, continuing any existing book, gap-free;
/// each book's <see cref="RegisterBook.LastEntryNumber"/> (and version) is set at the end.
/// Into an empty registry on PostgreSQL, indexes and foreign keys are rebuilt once at the end (see
/// <see cref="PostgresDeferredConstraints"/>). On PostgreSQL the register-book table is locked for the load, so officers registering meanwhile wait
/// instead of taking a number the load also uses. Rows are trusted to be valid: only personal ID numbers are checked.
/// </summary>
public sealed class CivilStatusBulkLoader
{
    /// <summary>
    /// Rows per round of COPY statements. Each round costs a few round trips, so larger is faster; memory holds
    /// one batch (about 15 MB at 50,000). Measured with ./bench.sh ingest: 10,000 gave 64k records/s, 50,000 gave 75k.
    /// </summary>
    public int BatchSize { get; init; } = 50_000;

    /// <summary>Loads through the context's own connection (its provider decides COPY or inserts). Returns the rows written.</summary>
    public async Task<long> LoadAsync(JusticeDbContext db, IEnumerable<CivilStatusRecordRow> rows, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            return db.Provider == DatabaseProvider.PostgreSql
                ? await LoadAsync((NpgsqlConnection)connection, rows, cancellationToken)
                : await LoadSqliteAsync(connection, rows, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>PostgreSQL through binary COPY. Opens the connection if it is closed.</summary>
    public async Task<long> LoadAsync(NpgsqlConnection connection, IEnumerable<CivilStatusRecordRow> rows, CancellationToken cancellationToken = default)
    {
        if (connection.State != ConnectionState.Open) await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"LOCK TABLE {Q(Tables.RegisterBook)} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        var books = await ReadBooksAsync(connection, transaction, cancellationToken);
        // Filling an empty registry (national seeding, migration from the old system): build indexes and check
        // keys once at the end instead of per row. Into a registry that holds data, rows go in incrementally.
        var deferred = await IsEmptyAsync(connection, Tables.Registration, cancellationToken)
            ? await PostgresDeferredConstraints.DropAsync(connection, [Tables.RegisterBook, Tables.Person, Tables.Registration], cancellationToken)
            : null;

        // Rows go through the synchronous writer: per-field awaits would cost more than the I/O they spare.
        var batch = new CivilStatusRecordRow[BatchSize];
        var placed = new BookState[BatchSize];
        var entries = new int[BatchSize];
        var newBooks = new List<(BookKey Key, BookState State)>();
        long total = 0;
        var count = 0;
        foreach (var row in rows)
        {
            batch[count++] = row;
            if (count == batch.Length)
            {
                await FlushAsync(count);
                total += count;
                count = 0;
            }
        }
        if (count > 0)
        {
            await FlushAsync(count);
            total += count;
        }
        if (deferred is not null) await WriteNewBooksAsync(connection, books.Values.Where(b => b.IsNew), cancellationToken);
        await UpdateBooksAsync(connection, books.Values.Where(b => b.Touched && (deferred is null || !b.IsNew)), cancellationToken);
        if (deferred is not null) await deferred.RestoreAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return total;

        async Task FlushAsync(int n)
        {
            newBooks.Clear();
            for (var i = 0; i < n; i++)
            {
                Validate(batch[i]);
                var state = Place(books, batch[i], newBooks);
                placed[i] = state;
                entries[i] = ++state.LastEntryNumber;
            }
            // With keys checked per row, a book must exist before its entries; deferred, books go in once at the end.
            if (deferred is null) await WriteNewBooksAsync(connection, newBooks.Select(b => b.State), cancellationToken);
            await using (var writer = await PostgresBinaryCopyWriter.BeginAsync(connection, Tables.Person, PersonColumns, cancellationToken))
            {
                for (var i = 0; i < n; i++)
                {
                    ref readonly var r = ref batch[i];
                    writer.StartRow(PersonColumns.Length);
                    writer.Write(r.PersonId);
                    writer.Write(r.FullName);
                    writer.Write(StoredName<Sex>.Of(r.Sex));
                    writer.Write(r.DateOfBirth);
                    writer.Write(r.PlaceOfBirth);
                    writer.Write(r.HomeTown);
                    writer.Write(StoredName<Ethnicity>.Of(r.Ethnicity));
                    writer.Write(r.Nationality);
                    writer.Write(r.PersonalIdNumber);
                    writer.Write(0);
                }
                await writer.CompleteAsync(cancellationToken);
            }
            await using (var writer = await PostgresBinaryCopyWriter.BeginAsync(connection, Tables.Registration, RegistrationColumns, cancellationToken))
            {
                for (var i = 0; i < n; i++)
                {
                    ref readonly var r = ref batch[i];
                    writer.StartRow(RegistrationColumns.Length);
                    writer.Write(r.RegistrationId);
                    writer.Write(r.AuthorityId);
                    writer.Write(placed[i].Id);
                    writer.Write(r.RegistrationDate.Year);
                    writer.Write(1);
                    writer.Write(entries[i]);
                    writer.Write(r.RegistrationDate);
                    writer.Write(StoredName<CivilStatusEventType>.Of(r.EventType));
                    writer.Write(r.OfficerName);
                    writer.Write(r.SignerName);
                    writer.Write(r.SignerTitle);
                    writer.Write(r.PersonId);
                    writer.Write(r.FullName);
                    writer.Write(r.EventDate);
                    writer.Write(r.EventPlace);
                    writer.Write(r.MaritalStatusPurpose);
                    writer.Write(r.MaritalStatusStatement);
                    writer.Write(r.ValidUntil);
                    writer.Write(nameof(RegistrationStatus.Registered));
                    writer.Write(0);
                }
                await writer.CompleteAsync(cancellationToken);
            }
        }
    }

    /// <summary>Enum names as stored (EF maps enums to their names), looked up instead of formatted per row.</summary>
    private static class StoredName<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => v.ToString());
        public static string Of(T value) => Names[value];
    }

    private async Task<long> LoadSqliteAsync(DbConnection connection, IEnumerable<CivilStatusRecordRow> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var books = await ReadBooksAsync(connection, transaction, cancellationToken);
        var newBooks = new List<(BookKey Key, BookState State)>();
        await using var insertBook = Prepare(connection, transaction, Tables.RegisterBook, BookColumns);
        await using var insertPerson = Prepare(connection, transaction, Tables.Person, PersonColumns);
        await using var insertRegistration = Prepare(connection, transaction, Tables.Registration, RegistrationColumns);
        long total = 0;
        foreach (var r in rows)
        {
            Validate(r);
            newBooks.Clear();
            var book = Place(books, r, newBooks);
            foreach (var (key, state) in newBooks)
                await RunAsync(insertBook, cancellationToken, Id(state.Id), Id(key.AuthorityId), key.EventType.ToString(), key.Year, 1, 0, 0, 0);
            await RunAsync(insertPerson, cancellationToken, Id(r.PersonId), r.FullName, r.Sex.ToString(), Date(r.DateOfBirth), r.PlaceOfBirth,
                r.HomeTown, r.Ethnicity.ToString(), r.Nationality, r.PersonalIdNumber, 0);
            await RunAsync(insertRegistration, cancellationToken, Id(r.RegistrationId), Id(r.AuthorityId), Id(book.Id), r.RegistrationDate.Year, 1,
                ++book.LastEntryNumber, Date(r.RegistrationDate), r.EventType.ToString(), r.OfficerName, r.SignerName, r.SignerTitle,
                Id(r.PersonId), r.FullName, Date(r.EventDate), r.EventPlace, r.MaritalStatusPurpose, r.MaritalStatusStatement,
                Date(r.ValidUntil), nameof(RegistrationStatus.Registered), 0);
            total++;
        }
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = $"UPDATE {Q(Tables.RegisterBook)} SET \"LastEntryNumber\" = @p0, \"Version\" = \"Version\" + 1 WHERE \"Id\" = @p1";
            AddParameters(update, 2);
            foreach (var book in books.Values.Where(b => b.Touched))
                await RunAsync(update, cancellationToken, book.LastEntryNumber, Id(book.Id));
        }
        await transaction.CommitAsync(cancellationToken);
        return total;

        // EF Core's SQLite mapping keeps GUIDs as upper-case text and dates as ISO text; match it exactly.
        static string Id(Guid id) => id.ToString().ToUpperInvariant();
        static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Table names as the EF model maps them (class names); a test keeps them in step with the model.</summary>
    public static class Tables
    {
        public const string Person = nameof(CivilRegistry.Person);
        public const string RegisterBook = nameof(CivilRegistry.RegisterBook);
        public const string Registration = nameof(CivilStatusRegistration);
    }

    public static readonly string[] BookColumns =
        ["Id", "AuthorityId", "EventType", "Year", "BookNumber", "LastEntryNumber", "IsClosed", "Version"];

    public static readonly string[] PersonColumns =
        ["Id", "FullName", "Sex", "DateOfBirth", "PlaceOfBirth", "HomeTown", "Ethnicity", "Nationality", "PersonalIdNumber", "Version"];

    public static readonly string[] RegistrationColumns =
    [
        "Id", "AuthorityId", "BookId", "BookYear", "BookNumber", "EntryNumber", "RegistrationDate", "EventType", "OfficerName",
        "SignerName", "SignerTitle", "SubjectPersonId", "SubjectFullName", "EventDate", "EventPlace", "MaritalStatusPurpose",
        "MaritalStatusStatement", "ValidUntil", "Status", "Version",
    ];

    private readonly record struct BookKey(Guid AuthorityId, CivilStatusEventType EventType, int Year);

    private sealed class BookState(Guid id, int lastEntryNumber, BookKey key, bool isNew)
    {
        public Guid Id { get; } = id;
        public BookKey Key { get; } = key;
        /// <summary>Opened by this load (not yet in the table when the load began).</summary>
        public bool IsNew { get; } = isNew;
        public int LastEntryNumber { get; set; } = lastEntryNumber;
        public bool Touched { get; set; }
    }

    private static BookState Place(Dictionary<BookKey, BookState> books, in CivilStatusRecordRow row, List<(BookKey, BookState)> newBooks)
    {
        var key = new BookKey(row.AuthorityId, row.EventType, row.RegistrationDate.Year);
        if (!books.TryGetValue(key, out var state))
        {
            state = new BookState(Guid.CreateVersion7(), 0, key, isNew: true);
            books.Add(key, state);
            newBooks.Add((key, state));
        }
        state.Touched = true;
        return state;
    }

    private static void Validate(in CivilStatusRecordRow row)
    {
        // The fast check passes every valid number; only a failure pays for the full parse and its precise error.
        if (row.PersonalIdNumber is { } id && !PersonalIdNumber.IsValidCanonical(id, row.DateOfBirth, row.Sex))
        {
            PersonalIdNumber.Parse(id, row.DateOfBirth, row.Sex);
            throw new DomainException("PERSONAL_ID_FORMAT", $"Số định danh cá nhân '{id}' phải gồm đúng 12 chữ số liền nhau.");
        }
    }

    private static async Task<Dictionary<BookKey, BookState>> ReadBooksAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var books = new Dictionary<BookKey, BookState>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"Id\", \"AuthorityId\", \"EventType\", \"Year\", \"LastEntryNumber\" FROM {Q(Tables.RegisterBook)} WHERE \"BookNumber\" = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new BookKey(reader.GetGuid(1), Enum.Parse<CivilStatusEventType>(reader.GetString(2)), reader.GetInt32(3));
            books[key] = new BookState(reader.GetGuid(0), reader.GetInt32(4), key, isNew: false);
        }
        return books;
    }

    /// <summary>Books opened by this load, with the entries numbered so far (their final count when written at the end).</summary>
    private static async Task WriteNewBooksAsync(NpgsqlConnection connection, IEnumerable<BookState> newBooks, CancellationToken cancellationToken)
    {
        await using var writer = await PostgresBinaryCopyWriter.BeginAsync(connection, Tables.RegisterBook, BookColumns, cancellationToken);
        foreach (var book in newBooks)
        {
            writer.StartRow(BookColumns.Length);
            writer.Write(book.Id);
            writer.Write(book.Key.AuthorityId);
            writer.Write(StoredName<CivilStatusEventType>.Of(book.Key.EventType));
            writer.Write(book.Key.Year);
            writer.Write(1);
            writer.Write(book.LastEntryNumber);
            writer.Write(false);
            writer.Write(0);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task UpdateBooksAsync(NpgsqlConnection connection, IEnumerable<BookState> books, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "CREATE TEMP TABLE bulk_book_numbers (id uuid PRIMARY KEY, last integer NOT NULL) ON COMMIT DROP", cancellationToken);
        await using (var writer = await connection.BeginBinaryImportAsync("COPY bulk_book_numbers (id, last) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var book in books)
            {
                writer.StartRow();
                writer.Write(book.Id, NpgsqlDbType.Uuid);
                writer.Write(book.LastEntryNumber, NpgsqlDbType.Integer);
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await ExecuteAsync(connection,
            $"UPDATE {Q(Tables.RegisterBook)} AS b SET \"LastEntryNumber\" = n.last, \"Version\" = b.\"Version\" + 1 FROM bulk_book_numbers AS n WHERE b.\"Id\" = n.id",
            cancellationToken);
    }

    private static async Task<bool> IsEmptyAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT NOT EXISTS (SELECT 1 FROM {Q(table)})", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Q(string identifier) => $"\"{identifier}\"";

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Q(table)} ({string.Join(", ", columns.Select(Q))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        AddParameters(command, columns.Length);
        command.Prepare();
        return command;
    }

    private static void AddParameters(DbCommand command, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
        }
    }

    private static async Task RunAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
