using Justice.Portal.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Justice.Bench;

/// <summary>The host as the benchmarks run it: production settings, PostgreSQL, Kestrel on a free loopback port.</summary>
internal static class BenchHost
{
    /// <summary>Drops and creates database <paramref name="name"/> on the bench cluster; returns its connection string.</summary>
    public static async Task<string> FreshDatabaseAsync(string adminConnection, string name)
    {
        await using (var connection = new NpgsqlConnection(adminConnection))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}", connection);
            await drop.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ConnectionString;
    }

    /// <summary>The host with the demo data loaded when the database is empty, plus the scenario's own settings.</summary>
    public static WebApplication Build(string connectionString, string dataPath, string contentRoot, IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(JusticeHostExtensions).Assembly.GetName().Name,
            EnvironmentName = "Production",
            ContentRootPath = contentRoot,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Justice:DataPath"] = dataPath,
            ["Justice:Database:Provider"] = "PostgreSql",
            ["Justice:Database:ConnectionString"] = connectionString,
            ["Justice:SeedDemoDataWhenEmpty"] = "true",
            ["Justice:Identity:AllowHttp"] = "true",
            ["Mail:DispatcherEnabled"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        // Errors only, to standard error: a failed request must say why.
        builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Error).SetMinimumLevel(LogLevel.Error);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddJusticeHost();
        return builder.Build();
    }
}
