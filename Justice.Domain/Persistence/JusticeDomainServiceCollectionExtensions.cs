using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Domain.Persistence;

public static class JusticeDomainServiceCollectionExtensions
{
    /// <summary>Registers <see cref="JusticeDbContext"/> for the configured provider.</summary>
    public static IServiceCollection AddJusticeDomain(this IServiceCollection services, DatabaseOptions database, string dataPath)
    {
        var connectionString = database.ResolveConnectionString(dataPath);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PublicContentChangeInterceptor>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<PostgresJusticeDbContext>((sp, o) =>
                ConfigurePostgres(o, connectionString).AddInterceptors(sp.GetRequiredService<PublicContentChangeInterceptor>()));
            services.AddScoped<JusticeDbContext>(sp => sp.GetRequiredService<PostgresJusticeDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteJusticeDbContext>((sp, o) =>
                ConfigureSqlite(o, connectionString).AddInterceptors(sp.GetRequiredService<PublicContentChangeInterceptor>()));
            services.AddScoped<JusticeDbContext>(sp => sp.GetRequiredService<SqliteJusticeDbContext>());
        }
        return services;
    }

    public static JusticeDbContext CreateContext(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgresJusticeDbContext(
            ConfigurePostgres(new DbContextOptionsBuilder<PostgresJusticeDbContext>(), connectionString).Options),
        _ => new SqliteJusticeDbContext(
            ConfigureSqlite(new DbContextOptionsBuilder<SqliteJusticeDbContext>(), connectionString).Options),
    };

    private static T ConfigurePostgres<T>(T builder, string connectionString) where T : DbContextOptionsBuilder
    {
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));
        return builder;
    }

    private static T ConfigureSqlite<T>(T builder, string connectionString) where T : DbContextOptionsBuilder
    {
        builder.UseSqlite(connectionString);
        return builder;
    }
}
