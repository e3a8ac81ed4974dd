using Npgsql;

namespace Justice.Domain.Persistence;

/// <summary>
/// For a bulk load into PostgreSQL: drops the secondary indexes and foreign keys of some tables, and puts them
/// back once the rows are in — PostgreSQL's own advice for populating a table, since one sort per index and one
/// join per key beat a check per row by far. Primary keys stay. Everything happens in the caller's transaction:
/// if the load or a restored constraint fails (a duplicate, a dangling key), the whole load rolls back with it.
/// </summary>
public sealed class PostgresDeferredConstraints
{
    private readonly NpgsqlConnection _connection;
    private readonly List<string> _indexDefinitions;
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys;

    private PostgresDeferredConstraints(NpgsqlConnection connection, List<string> indexes, List<(string, string, string)> foreignKeys)
    {
        _connection = connection;
        _indexDefinitions = indexes;
        _foreignKeys = foreignKeys;
    }

    /// <param name="tables">Table names as mapped (unquoted), e.g. <c>Person</c>.</param>
    public static async Task<PostgresDeferredConstraints> DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var regclasses = tables.Select(t => $"\"{t}\"").ToArray();
        var foreignKeys = new List<(string, string, string)>();
        await using (var command = new NpgsqlCommand("""
            SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)
            FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(@tables::regclass[]) ORDER BY 1, 2
            """, connection))
        {
            command.Parameters.AddWithValue("tables", regclasses);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand("""
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid = ANY(@tables::regclass[]) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """, connection))
        {
            command.Parameters.AddWithValue("tables", regclasses);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        foreach (var (table, name, _) in foreignKeys)
            await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {name}", cancellationToken);
        foreach (var (name, _) in indexes)
            await ExecuteAsync(connection, $"DROP INDEX {name}", cancellationToken);
        return new PostgresDeferredConstraints(connection, indexes.Select(i => i.Definition).ToList(), foreignKeys);
    }

    /// <summary>Rebuilds the indexes and re-adds (and so validates) the foreign keys.</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(_connection, "SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var definition in _indexDefinitions)
            await ExecuteAsync(_connection, definition, cancellationToken);
        foreach (var (table, name, definition) in _foreignKeys)
            await ExecuteAsync(_connection, $"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}", cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
