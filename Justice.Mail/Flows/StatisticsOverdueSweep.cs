using Justice.Domain.Common;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Justice.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Justice.Mail.Flows;

/// <summary>
/// Finds the reports still unsent (draft or returned) after their period's due date and queues one overdue reminder
/// per report to the unit's reporters. A report already reminded is skipped, and the reminder's Message-ID is
/// derived from the report, so running the sweep again, or on several nodes at once, queues nothing more.
/// </summary>
public sealed class StatisticsOverdueSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StatisticsOverdueSweep> logger)
{
    /// <returns>The number of reminders queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.LocalDate(now);
        List<Guid> overdue;
        HashSet<string> reminded;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
            overdue = await (from r in db.Set<StatisticalReport>().AsNoTracking()
                             join p in db.Set<ReportingPeriod>().AsNoTracking() on r.PeriodId equals p.Id
                             where (r.Status == StatisticalReportStatus.Draft || r.Status == StatisticalReportStatus.Returned)
                                   && p.DueDate < today
                             select r.Id).ToListAsync(cancellationToken);
            reminded = (await db.Set<OutgoingEmail>().AsNoTracking().Where(e => e.TemplateKey == StatisticsMails.Overdue)
                    .Select(e => e.MessageId).ToListAsync(cancellationToken))
                .Select(id => id.Split('.')[1]).ToHashSet(StringComparer.Ordinal);
        }
        var queued = 0;
        foreach (var reportId in overdue.Where(id => !reminded.Contains(id.ToString("N"))))
            queued += await RemindAsync(reportId, now, cancellationToken);
        if (queued > 0) logger.LogInformation("Statistics: {Count} overdue reminders queued", queued);
        return queued;
    }

    private async Task<int> RemindAsync(Guid reportId, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        var report = await db.Set<StatisticalReport>().AsNoTracking().FirstAsync(r => r.Id == reportId, cancellationToken);
        var queued = await scope.ServiceProvider.GetRequiredService<StatisticsMails>().EnqueueOverdueAsync(db, report, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return queued.Count;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another node queued the same reminders a moment ago: the unique Message-ID refused ours.
            logger.LogInformation("Statistics: overdue reminder of report {ReportId} already queued elsewhere", reportId);
            return 0;
        }
    }
}

/// <summary>Runs <see cref="StatisticsOverdueSweep"/> shortly after start and then every <see cref="MailOptions.OverdueSweepInterval"/>.</summary>
public sealed class StatisticsOverdueSweepHostedService(StatisticsOverdueSweep sweep, MailOptions options, TimeProvider clock,
    ILogger<StatisticsOverdueSweepHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Not at the very start: migrations and demo data may still be running.
            await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            using var timer = new PeriodicTimer(options.OverdueSweepInterval, clock);
            do
            {
                try
                {
                    await sweep.RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Statistics overdue sweep failed; retrying at the next run");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
