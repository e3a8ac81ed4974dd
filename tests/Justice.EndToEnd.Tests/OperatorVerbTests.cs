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
            var migrate = await OperatorProcess.RunAsync(["migrate", .. configuration]);
            Assert.True(migrate.ExitCode == 0, migrate.Output);
            Assert.Contains("Database is up to date.", migrate.Output);

            var seed = await OperatorProcess.RunAsync(["seed", "--scale", "300", "--seed", "42", .. configuration]);
            Assert.True(seed.ExitCode == 0, seed.Output);
            Assert.Contains("Seeded 300 civil-status records", seed.Output);
            await using var db = database.NewContext();
            Assert.Equal(34, await db.Set<AdministrativeUnit>().CountAsync(u => u.Level == AdministrativeLevel.Province && u.ValidTo == null));

            var again = await OperatorProcess.RunAsync(["seed", .. configuration]);
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
            var result = await OperatorProcess.RunAsync(["seed", "--scale", "huge", $"--Justice:DataPath={dataPath}"]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Unknown scale 'huge'", result.Output);
            Assert.Contains("Usage:", result.Output);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
