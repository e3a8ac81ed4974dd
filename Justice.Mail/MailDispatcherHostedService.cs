using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Justice.Mail;

/// <summary>Runs the dispatcher every <see cref="MailOptions.PollInterval"/> for as long as the host runs.</summary>
public sealed class MailDispatcherHostedService(
    MailDispatcher dispatcher, MailOptions options, TimeProvider clock, ILogger<MailDispatcherHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var result = await dispatcher.DispatchDueAsync(stoppingToken);
                    if (result.Claimed > 0)
                        logger.LogInformation("Mail: {Sent} sent, {Temporary} to retry, {Permanent} dead-lettered",
                            result.Sent, result.TemporaryFailures, result.PermanentFailures);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be briefly unavailable; the next tick tries again and nothing is lost.
                    logger.LogError(e, "Mail dispatch failed; retrying at the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
