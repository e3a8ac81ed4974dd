using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Justice.Mail;

/// <param name="Deferred">Due messages left queued for later because a recipient domain reached its rate limit.</param>
public sealed record MailDispatchResult(int Claimed, int Sent, int TemporaryFailures, int PermanentFailures, int Deferred = 0)
{
    public static MailDispatchResult None { get; } = new(0, 0, 0, 0);

    public MailDispatchResult Add(MailDispatchResult other) => new(Claimed + other.Claimed, Sent + other.Sent,
        TemporaryFailures + other.TemporaryFailures, PermanentFailures + other.PermanentFailures, Deferred + other.Deferred);
}

/// <summary>
/// Drains the outbox. A batch is claimed and marked Sending in one committed transaction before anything reaches
/// the transport; on PostgreSQL the claim locks rows with <c>FOR UPDATE SKIP LOCKED</c>, so dispatchers on several
/// nodes take disjoint batches. Each outcome is committed as soon as it is known, which keeps the window in which
/// a crash can cause a second delivery to one message (re-sent with the same Message-ID after the lease).
/// </summary>
public sealed class MailDispatcher(
    IServiceScopeFactory scopes, IMailTransport transport, MailOptions options, TimeProvider clock, ILogger<MailDispatcher> logger)
{
    /// <summary>Bounds one run, so a retry time already in the past can never keep a run going for ever.</summary>
    private const int MaxBatchesPerRun = 1000;

    /// <summary>Sends batches until nothing is due.</summary>
    public async Task<MailDispatchResult> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var total = MailDispatchResult.None;
        for (var i = 0; i < MaxBatchesPerRun; i++)
        {
            var batch = await DispatchBatchAsync(cancellationToken);
            total = total.Add(batch);
            if (batch.Claimed + batch.Deferred < options.BatchSize) break;
        }
        return total;
    }

    public async Task<MailDispatchResult> DispatchBatchAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        var (claimed, deferred) = await ClaimAsync(db, cancellationToken);
        if (claimed.Count == 0) return MailDispatchResult.None with { Deferred = deferred };

        int sent = 0, temporary = 0, permanent = 0;
        await using var session = await transport.OpenSessionAsync(cancellationToken);
        MailSendOutcome? connectionFailure = null;
        foreach (var email in claimed)
        {
            // Once the server is unreachable the rest of the batch waits for the next retry instead of timing out one by one.
            var outcome = connectionFailure ?? (email.Attempts > options.MaxAttempts
                // Earlier attempts never finished (the node died each time, perhaps because of this message): stop here.
                ? MailSendOutcome.Temporary("Các lần gửi trước không hoàn tất (tiến trình gửi đã dừng giữa chừng).")
                : await SendOneAsync(session, email, cancellationToken));
            if (outcome.ConnectionLost) connectionFailure = outcome;
            var now = clock.GetUtcNow().UtcDateTime;
            switch (outcome.Result)
            {
                case MailSendResult.Sent:
                    email.MarkSent(now);
                    sent++;
                    break;
                case MailSendResult.PermanentFailure:
                    email.MarkPermanentFailure(outcome.Error ?? "");
                    permanent++;
                    logger.LogWarning("Mail {MessageId} refused for good: {Error}", email.MessageId, outcome.Error);
                    break;
                default:
                    email.MarkTemporaryFailure(outcome.Error ?? "", now + Backoff(email.Attempts), options.MaxAttempts);
                    if (email.Status == OutgoingEmailStatus.PermanentFailure)
                    {
                        permanent++;
                        logger.LogWarning("Mail {MessageId} dead-lettered after {Attempts} attempts: {Error}",
                            email.MessageId, email.Attempts, outcome.Error);
                    }
                    else temporary++;
                    break;
            }
            await SaveOutcomeAsync(db, email, cancellationToken);
        }
        return new MailDispatchResult(claimed.Count, sent, temporary, permanent, deferred);
    }

    /// <summary>A fault the transport did not foresee is this message's problem (bad data), not a reason to stall the batch.</summary>
    private async Task<MailSendOutcome> SendOneAsync(IMailTransportSession session, OutgoingEmail email, CancellationToken cancellationToken)
    {
        try
        {
            return await session.SendAsync(email, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Mail {MessageId} could not be handed to the transport", email.MessageId);
            return MailSendOutcome.Permanent($"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Exponential backoff from <see cref="MailOptions.BackoffBase"/>, capped, with ±20 % jitter so retries from one outage spread out.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var delay = Math.Min(options.BackoffBase.TotalMilliseconds * Math.Pow(2, exponent), options.BackoffMax.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(delay * (0.8 + 0.4 * Random.Shared.NextDouble()));
    }

    private async Task<(List<OutgoingEmail> Claimed, int Deferred)> ClaimAsync(JusticeDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + options.SendingTimeout;
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Status 'Sending' with a due time in the past is a lease that ran out: its node died mid-batch.
            var locked = await db.Set<OutgoingEmail>().FromSql($"""
                SELECT * FROM "OutgoingEmail"
                WHERE "Status" IN ('Queued', 'TemporaryFailure', 'Sending') AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt"
                LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            var (allowed, deferred) = await ApplyRateLimitsAsync(db, locked, now, cancellationToken);
            foreach (var email in allowed) email.MarkSending(now, leaseUntil);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (allowed, deferred);
        }

        // SQLite has one writer at a time; the version token refuses a claim another dispatcher made first.
        var due = await db.Set<OutgoingEmail>()
            .Where(e => (e.Status == OutgoingEmailStatus.Queued || e.Status == OutgoingEmailStatus.TemporaryFailure
                         || e.Status == OutgoingEmailStatus.Sending) && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        var (claimed, later) = await ApplyRateLimitsAsync(db, due, now, cancellationToken);
        foreach (var email in claimed) email.MarkSending(now, leaseUntil);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (claimed, later);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ([], 0);
        }
    }

    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Splits due messages into those that may be sent now and those that would exceed <see cref="MailOptions.RateLimits"/>
    /// for one of their recipient domains. The count is taken from the outbox itself (attempts started in the last
    /// minute), so it holds across restarts and is shared by the nodes; nodes claiming at the same instant can still
    /// exceed a limit by what they claim together. A deferred message keeps its status and attempts and is due again
    /// when the window has room for it.
    /// </summary>
    private async Task<(List<OutgoingEmail> Allowed, int Deferred)> ApplyRateLimitsAsync(
        JusticeDbContext db, List<OutgoingEmail> candidates, DateTime now, CancellationToken cancellationToken)
    {
        if (options.RateLimits.Count == 0 || candidates.Count == 0) return (candidates, 0);
        var candidateIds = candidates.Select(c => c.Id).ToList();
        var recent = new Dictionary<string, List<DateTime>>(StringComparer.OrdinalIgnoreCase);
        var allowed = new List<OutgoingEmail>(candidates.Count);
        var deferred = 0;
        foreach (var email in candidates)
        {
            var limited = email.To.Select(DomainOf).Where(options.RateLimits.ContainsKey)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            DateTime? until = null;
            foreach (var domain in limited)
            {
                if (!recent.TryGetValue(domain, out var times))
                    recent[domain] = times = await RecentAttemptsAsync(db, domain, now - RateWindow, candidateIds, cancellationToken);
                var limit = options.RateLimits[domain];
                if (times.Count < limit) continue;
                // Room for one more once the oldest attempts that keep the count at the limit leave the window.
                var free = times.Order().ElementAt(times.Count - limit) + RateWindow;
                if (until is null || free > until) until = free;
            }
            if (until is null)
            {
                allowed.Add(email);
                foreach (var domain in limited) recent[domain].Add(now);
                continue;
            }
            email.Defer(until.Value);
            deferred++;
            logger.LogDebug("Mail {MessageId} deferred until {Until}: recipient domain rate limit", email.MessageId, until);
        }
        return (allowed, deferred);
    }

    private static async Task<List<DateTime>> RecentAttemptsAsync(
        JusticeDbContext db, string domain, DateTime since, List<Guid> exclude, CancellationToken cancellationToken)
    {
        // Addresses are stored with lower-case domains, joined by commas.
        var last = "@" + domain.ToLowerInvariant();
        var inside = last + ",";
        return await db.Set<OutgoingEmail>().AsNoTracking()
            .Where(e => e.LastAttemptAt != null && e.LastAttemptAt > since && !exclude.Contains(e.Id)
                        && (e.ToAddresses.Contains(inside) || e.ToAddresses.EndsWith(last)))
            .Select(e => e.LastAttemptAt!.Value)
            .ToListAsync(cancellationToken);
    }

    private static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();

    private async Task SaveOutcomeAsync(JusticeDbContext db, OutgoingEmail email, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another dispatcher took the message over after our lease ran out; its record wins.
            logger.LogWarning("Mail {MessageId}: outcome not recorded, the message was taken over by another dispatcher", email.MessageId);
            db.Entry(email).State = EntityState.Detached;
        }
    }
}
