using Justice.Domain.Persistence;

namespace Justice.Portal.Hosting;

/// <summary>
/// Where the host keeps what it writes (<c>Justice:DataPath</c>, default <c>App_Data/</c> under the
/// content root) and which database it uses (<c>Justice:Database</c>).
/// </summary>
public sealed class JusticeHostSettings
{
    public required string DataPath { get; init; }
    public required DatabaseOptions Database { get; init; }
    /// <summary>Load the demo data into an empty database at start. Defaults to on for embedded SQLite only.</summary>
    public required bool SeedDemoDataWhenEmpty { get; init; }

    public static JusticeHostSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configuredPath = configuration["Justice:DataPath"];
        var dataPath = Path.GetFullPath(string.IsNullOrWhiteSpace(configuredPath)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.Combine(environment.ContentRootPath, configuredPath));
        Directory.CreateDirectory(dataPath);

        var database = configuration.GetSection("Justice:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        return new JusticeHostSettings
        {
            DataPath = dataPath,
            Database = database,
            SeedDemoDataWhenEmpty = configuration.GetValue<bool?>("Justice:SeedDemoDataWhenEmpty")
                ?? database.Provider == DatabaseProvider.Sqlite,
        };
    }
}
