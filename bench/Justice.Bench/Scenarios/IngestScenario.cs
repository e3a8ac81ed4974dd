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

    /// <summary>Project path and raw COPY alternate this many times; the best of each counts (checkpoints and
    /// other background work only ever slow a run down).</summary>
    private const int Rounds = 2;

    public async Task RunAsync()
    {
        var records = settings.Records;
        var template = await CreateTemplateAsync(records);
        var authorities = await LoadAuthoritiesAsync(template);

        var small = await CloneAsync(template, "bench_ingest_small");
        var smallRun = await LoadThroughProjectAsync(small, authorities, Math.Max(1, records / 10));
        await DropAsync(small);

        var projectRuns = new List<LoadRun>();
        var rawSeconds = new List<double>();
        var exported = new List<string>();
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                var project = await CloneAsync(template, "bench_ingest_project");
                projectRuns.Add(await LoadThroughProjectAsync(project, authorities, records));
                if (exported.Count == 0) exported.AddRange(await ExportAsync(project));
                await DropAsync(project);

                var raw = await CloneAsync(template, "bench_ingest_raw");
                rawSeconds.Add(await RawCopyAsync(exported, raw));
                await DropAsync(raw);
            }
        }
        finally
        {
            foreach (var file in exported) File.Delete(file);
        }
        var generateSeconds = TimeGeneratorOnly(authorities, records);

        Console.Error.WriteLine($"ingest rounds: project {string.Join(", ", projectRuns.Select(r => $"{r.Seconds:F1} s"))}; " +
                                $"raw {string.Join(", ", rawSeconds.Select(r => $"{r:F1} s"))}");
        var best = projectRuns.MinBy(r => r.Seconds)!;
        BenchResult.Compared(Scenario, "records_per_s", records / best.Seconds, "records/s", records / rawSeconds.Min()).Print();
        new BenchResult(Scenario, "raw_copy_records_per_s", Math.Round(records / rawSeconds.Min(), 1), "records/s").Print();
        new BenchResult(Scenario, "generate_only_records_per_s", Math.Round(records / generateSeconds, 1), "records/s").Print();
        BenchResult.Compared(Scenario, "peak_memory", projectRuns.Max(r => r.PeakMiB), "MiB", smallRun.PeakMiB).Print();
        new BenchResult(Scenario, "records", records, "records").Print();
    }

    private sealed record LoadRun(double Seconds, double PeakMiB);

    private async Task<LoadRun> LoadThroughProjectAsync(string database, List<CivilStatusAuthority> authorities, long count)
    {
        await using var connection = new NpgsqlConnection(ConnectionTo(database));
        await connection.OpenAsync();
        var generator = NewGenerator(authorities);
        await CheckpointAsync(connection);
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

    /// <summary>The three loaded tables in PostgreSQL's binary COPY format, one temporary file each.</summary>
    private async Task<List<string>> ExportAsync(string database)
    {
        var files = new List<string>();
        await using var source = new NpgsqlConnection(ConnectionTo(database));
        await source.OpenAsync();
        foreach (var table in LoadedTables)
        {
            var file = Path.Combine(Path.GetTempPath(), $"justice-bench-{table}-{Guid.NewGuid():N}.bin");
            files.Add(file);
            await using var export = await source.BeginRawBinaryCopyAsync($"COPY \"{table}\" TO STDOUT (FORMAT BINARY)");
            await using var output = File.Create(file);
            await export.CopyToAsync(output);
        }
        return files;
    }

    /// <summary>Times loading the exported rows into an empty clone, as the project's path does into an empty registry.</summary>
    private async Task<double> RawCopyAsync(IReadOnlyList<string> files, string into)
    {
        await using var target = new NpgsqlConnection(ConnectionTo(into));
        await target.OpenAsync();
        await CheckpointAsync(target);
        var watch = Stopwatch.StartNew();
        await using var transaction = await target.BeginTransactionAsync();
        // The same recipe as the project's path into an empty registry, so only what feeds the COPY differs.
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

    /// <summary>Starts each timed run with no dirty pages left by the previous one.</summary>
    private static async Task CheckpointAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("CHECKPOINT", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
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

    private async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(settings.PostgresConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private async Task RecreateAsync(string name, string? template)
    {
        await DropAsync(name);
        await using var admin = new NpgsqlConnection(settings.PostgresConnection);
        await admin.OpenAsync();
        var from = template is null ? "" : $" TEMPLATE \"{template}\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{from}", admin);
        await create.ExecuteNonQueryAsync();
    }

    private string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(settings.PostgresConnection) { Database = database }.ConnectionString;
}
