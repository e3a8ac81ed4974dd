using System.Text.Json;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Justice.Portal.Hosting;

/// <summary>The database answers and has no migration left to apply.</summary>
internal sealed class DatabaseHealthCheck(JusticeDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = db.Provider.ToString() };
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("Cannot connect to the database.", data: data);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            data["pendingMigrations"] = pending;
            return pending == 0
                ? HealthCheckResult.Healthy("Connected.", data)
                : HealthCheckResult.Degraded($"{pending} migration(s) not applied.", data: data);
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Database check failed.", ex, data);
        }
    }
}

/// <summary>The data folder (SQLite file, index, mail pickup, keys) exists and is writable.</summary>
internal sealed class DataFolderHealthCheck(JusticeHostSettings settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(settings.DataPath, $".health-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return Task.FromResult(HealthCheckResult.Healthy("Writable."));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Data folder is not writable.", ex));
        }
    }
}

internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
