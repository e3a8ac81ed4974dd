using System.Diagnostics;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.CivilRegistry.Bulk;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Justice.Bench.Scenarios;

/// <summary>
/// Civil-status records into PostgreSQL through the project's bulk path (generate, validate, number
/// gap-free, binary COPY of books, persons and registrations), beside a raw COPY of exactly the rows that
/// path wrote, exported from the database and loaded again into an identical empty schema. The raw COPY is
/// PostgreSQL's own ceiling for that data; the ratio is how close the project's path comes to it.
/// Memory is sampled for a tenth of N and for N: flat means the two peaks are close.
/// </summary>
public sealed class IngestScenario(BenchSettings settings)
{
    private const string Scenario = "ingest";
    private static readonly string[] LoadedTables =
        [CivilStatusBulkLoader.Tables.RegisterBook, CivilStatusBulkLoader.Tables.Person, CivilStatusBulkLoader.Tables.Registration];

    public async Task RunAsync()
    {
        var records = settings.Records;
        var template = await CreateTemplateAsync(records);
        var small = await CloneAsync(template, "bench_ingest_small");
        var project = await CloneAsync(template, "bench_ingest_project");
        var raw = await CloneAsync(template, "bench_ingest_raw");
        var authorities = await LoadAuthoritiesAsync(template);

        var smallRun = await LoadThroughProjectAsync(small, authorities, Math.Max(1, records / 10));
        var projectRun = await LoadThroughProjectAsync(project, authorities, records);
        var generateSeconds = TimeGeneratorOnly(authorities, records);
        var rawSeconds = await RawCopyAsync(from: project, into: raw);

        BenchResult.Compared(Scenario, "records_per_s", records / projectRun.Seconds, "records/s", records / rawSeconds).Print();
        new BenchResult(Scenario, "raw_copy_records_per_s", Math.Round(records / rawSeconds, 1), "records/s").Print();
        new BenchResult(Scenario, "generate_only_records_per_s", Math.Round(records / generateSeconds, 1), "records/s").Print();
        BenchResult.Compared(Scenario, "peak_memory", projectRun.PeakMiB, "MiB", smallRun.PeakMiB).Print();
        new BenchResult(Scenario, "records", records, "records").Print();
    }

    private sealed record LoadRun(double Seconds, double PeakMiB);

    private async Task<LoadRun> LoadThroughProjectAsync(string database, List<CivilStatusAuthority> authorities, long count)
    {
        await using var connection = new NpgsqlConnection(ConnectionTo(database));
        await connection.OpenAsync();
        var generator = NewGenerator(authorities);
        GC.Collect();
        using var memory = new PeakMemory();
        var watch = Stopwatch.StartNew();
        var written = await new CivilStatusBulkLoader().LoadAsync(connection, generator.Generate(count));
        watch.Stop();
        if (written != count) throw new InvalidOperationException($"The loader wrote {written} records, not {count}.");
        return new LoadRun(watch.Elapsed.TotalSeconds, memory.PeakMiB);
    }

    private static double TimeGeneratorOnly(List<CivilStatusAuthority> authorities, long count)
    {
        var watch = Stopwatch.StartNew();
        long generated = 0;
        foreach (var _ in NewGenerator(authorities).Generate(count)) generated++;
        watch.Stop();
        if (generated != count) throw new InvalidOperationException($"The generator made {generated} records, not {count}.");
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Exports the three loaded tables in PostgreSQL's binary format, then times loading them into the clone.</summary>
    private async Task<double> RawCopyAsync(string from, string into)
    {
        var files = new List<string>();
        try
        {
            await using (var source = new NpgsqlConnection(ConnectionTo(from)))
            {
                await source.OpenAsync();
                foreach (var table in LoadedTables)
                {
                    var file = Path.Combine(Path.GetTempPath(), $"justice-bench-{table}-{Guid.NewGuid():N}.bin");
                    files.Add(file);
                    await using var export = await source.BeginRawBinaryCopyAsync($"COPY \"{table}\" TO STDOUT (FORMAT BINARY)");
                    await using var output = File.Create(file);
                    await export.CopyToAsync(output);
                }
            }

            await using var target = new NpgsqlConnection(ConnectionTo(into));
            await target.OpenAsync();
            var watch = Stopwatch.StartNew();
            await using var transaction = await target.BeginTransactionAsync();
            // The same recipe as the project's path into an empty registry, so only the COPY itself differs.
            var deferred = await PostgresDeferredConstraints.DropAsync(target, LoadedTables, default);
            for (var i = 0; i < LoadedTables.Length; i++)
            {
                await using var import = await target.BeginRawBinaryCopyAsync($"COPY \"{LoadedTables[i]}\" FROM STDIN (FORMAT BINARY)");
                await using var input = File.OpenRead(files[i]);
                await input.CopyToAsync(import);
            }
            await deferred.RestoreAsync(default);
            await transaction.CommitAsync();
            return watch.Elapsed.TotalSeconds;
        }
        finally
        {
            foreach (var file in files) File.Delete(file);
        }
    }

    private static CivilStatusRecordGenerator NewGenerator(List<CivilStatusAuthority> authorities) =>
        new(new Random(DemoDataGenerator.DefaultSeed), authorities, new DateOnly(2016, 1, 1), new DateOnly(2026, 6, 30));

    /// <summary>A migrated database with the real administrative units and every commune's People's Committee.</summary>
    private async Task<string> CreateTemplateAsync(long records)
    {
        const string name = "bench_ingest_template";
        await RecreateAsync(name, template: null);
        await using var db = JusticeDomainServiceCollectionExtensions.CreateContext(DatabaseProvider.PostgreSql, ConnectionTo(name));
        await DatabaseMigrator.MigrateAsync(db, NullLogger.Instance);
        var reference = new DemoDataGenerator([new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData()]);
        await reference.GenerateAsync(db, new DemoScale((int)Math.Min(records, int.MaxValue)), new DateOnly(2026, 6, 30));
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    private async Task<List<CivilStatusAuthority>> LoadAuthoritiesAsync(string database)
    {
        await using var db = JusticeDomainServiceCollectionExtensions.CreateContext(DatabaseProvider.PostgreSql, ConnectionTo(database));
        var authorities = await CivilStatusAuthority.LoadCommunesAsync(db, default);
        NpgsqlConnection.ClearAllPools();
        return authorities;
    }

    private async Task<string> CloneAsync(string template, string name)
    {
        await RecreateAsync(name, template);
        return name;
    }

    private async Task RecreateAsync(string name, string? template)
    {
        await using var admin = new NpgsqlConnection(settings.PostgresConnection);
        await admin.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin))
            await drop.ExecuteNonQueryAsync();
        var from = template is null ? "" : $" TEMPLATE \"{template}\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{from}", admin);
        await create.ExecuteNonQueryAsync();
    }

    private string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(settings.PostgresConnection) { Database = database }.ConnectionString;
}
