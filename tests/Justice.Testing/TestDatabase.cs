using Justice.Domain.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Justice.Testing;

/// <summary>
/// A fresh, migrated, empty database for one test: a temporary SQLite file, or a new database in the
/// PostgreSQL cluster that <c>./test.sh</c> starts (connection string in <c>JUSTICE_TEST_POSTGRES</c>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "JUSTICE_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"justice-test-{Guid.NewGuid():N}.db");
            // Pooling off so the file can be deleted when the test ends.
            database = new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null, null);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException(
                    $"{PostgresVariable} is not set: run the tests with ./test.sh, which starts PostgreSQL.");
            var name = $"justice_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            database = new TestDatabase(provider, builder.ConnectionString, null, admin, name);
        }
        if (migrate)
        {
            await using var db = database.NewContext();
            await DatabaseMigrator.MigrateAsync(db, NullLogger.Instance);
        }
        return database;
    }

    public JusticeDbContext NewContext() => JusticeDomainServiceCollectionExtensions.CreateContext(Provider, ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            File.Delete(_sqliteFile);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>Runs a theory once per database provider: persistence must behave the same on both.</summary>
public sealed class BothProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) =>
        [[DatabaseProvider.Sqlite], [DatabaseProvider.PostgreSql]];
}
