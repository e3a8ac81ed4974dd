namespace Justice.Domain.Persistence;

/// <summary>
/// Configuration <c>Justice:Database</c>. With no connection string the host uses SQLite in the data folder.
/// </summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }

    public string ResolveConnectionString(string dataPath) => ConnectionString is { Length: > 0 } configured
        ? configured
        : $"Data Source={Path.Combine(dataPath, "justice.db")}";
}
