using System.Diagnostics;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.EndToEnd.Tests;

/// <summary>
/// The operator verbs, run as an operator would: the host's own executable in a separate process,
/// pointed at a fresh PostgreSQL database by configuration on the command line.
/// </summary>
public class OperatorVerbTests
{
    [Fact]
    public async Task Migrate_then_seed_fill_an_empty_postgresql_database_and_a_second_seed_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, migrate: false);
        var dataPath = Directory.CreateTempSubdirectory("justice-verbs-").FullName;
        string[] configuration = [$"--Justice:DataPath={dataPath}", "--Justice:Database:Provider=PostgreSql",
            $"--Justice:Database:ConnectionString={database.ConnectionString}"];
        try
        {
            var migrate = await RunHostAsync(["migrate", .. configuration]);
            Assert.True(migrate.ExitCode == 0, migrate.Output);
            Assert.Contains("Database is up to date.", migrate.Output);

            var seed = await RunHostAsync(["seed", "--scale", "300", "--seed", "42", .. configuration]);
            Assert.True(seed.ExitCode == 0, seed.Output);
            Assert.Contains("Seeded 300 civil-status records", seed.Output);
            await using var db = database.NewContext();
            Assert.Equal(34, await db.Set<AdministrativeUnit>().CountAsync(u => u.Level == AdministrativeLevel.Province && u.ValidTo == null));

            var again = await RunHostAsync(["seed", .. configuration]);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("already holds data", again.Output);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_scale_is_refused_with_the_usage()
    {
        var dataPath = Directory.CreateTempSubdirectory("justice-verbs-").FullName;
        try
        {
            var result = await RunHostAsync(["seed", "--scale", "huge", $"--Justice:DataPath={dataPath}"]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Unknown scale 'huge'", result.Output);
            Assert.Contains("Usage:", result.Output);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private sealed record ProcessResult(int ExitCode, string Output);

    private static async Task<ProcessResult> RunHostAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Justice.Portal.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await output + await error);
    }
}
