using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Justice.Domain.Persistence;

// Used only by `dotnet ef migrations add`: no database is opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJusticeDbContext>
{
    public SqliteJusticeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJusticeDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJusticeDbContext>
{
    public PostgresJusticeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresJusticeDbContext>().UseNpgsql("Host=localhost").Options);
}
