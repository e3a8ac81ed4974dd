using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Justice.Domain.Persistence;

/// <summary>The embedded default: one file under the data folder, nothing to install.</summary>
public sealed class SqliteJusticeDbContext(DbContextOptions<SqliteJusticeDbContext> options) : JusticeDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite keeps no time zone: every stored DateTime is UTC, so say so when reading it back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
