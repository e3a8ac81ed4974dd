using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Persistence;

/// <summary>Production and CI: PostgreSQL through Npgsql.</summary>
public sealed class PostgresJusticeDbContext(DbContextOptions<PostgresJusticeDbContext> options) : JusticeDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
