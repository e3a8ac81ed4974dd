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
/// nodes take disjoint batches. One SMTP connection serves a whole run (every batch until nothing is due).
/// <para>
/// Outcomes are written without loading the rows again: the messages a batch delivered are marked Sent together
/// in one statement when the batch ends (or earlier, before a failure is written, or when the run is stopped),
/// and each failure in one statement of its own. Every write applies only while the row is still in the attempt
/// this dispatcher claimed (Sending with the same attempt count), so a node that took a message over after the
/// lease keeps its record. The price of grouping: if this process dies in the middle of a batch, the messages it
/// delivered in that batch are sent again after <see cref="MailOptions.SendingTimeout"/>, with the same
/// Message-ID (at most <see cref="MailOptions.BatchSize"/> of them); a stopped or unreachable SMTP server costs at
/// most the one message whose acceptance reply was lost.
/// </para>
/// </summary>
public sealed class MailDispatcher(
    IServiceScopeFactory scopes, IMailTransport transport, MailOptions options, TimeProvider clock, ILogger<MailDispatcher> logger)
{
    /// <summary>Bounds one run, so a retry time already in the past can never keep a run going for ever.</summary>
    private const int MaxBatchesPerRun = 1000;

    /// <summary>Sends batches until nothing is due, over one transport session.</summary>
    public async Task<MailDispatchResult> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var total = MailDispatchResult.None;
        await using var session = new LazySession(transport);
        for (var i = 0; i < MaxBatchesPerRun; i++)
        {
            var batch = await DispatchBatchAsync(session, cancellationToken);
            total = total.Add(batch);
            if (batch.Claimed + batch.Deferred < options.BatchSize) break;
        }
        return total;
    }

    public async Task<MailDispatchResult> DispatchBatchAsync(CancellationToken cancellationToken = default)
    {
        await using var session = new LazySession(transport);
        return await DispatchBatchAsync(session, cancellationToken);
    }

    private async Task<MailDispatchResult> DispatchBatchAsync(LazySession session, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        var (claimed, deferred) = await ClaimAsync(db, cancellationToken);
        if (claimed.Count == 0) return MailDispatchResult.None with { Deferred = deferred };
        // Outcomes are written by statement, not by the change tracker.
        db.ChangeTracker.Clear();

        int sent = 0, temporary = 0, permanent = 0;
        var delivered = new List<OutgoingEmail>(claimed.Count);
        MailSendOutcome? connectionFailure = null;
        try
        {
            foreach (var email in claimed)
            {
                // Once the server is unreachable the rest of the batch waits for the next retry instead of timing out one by one.
                var outcome = connectionFailure ?? (email.Attempts > options.MaxAttempts
                    // Earlier attempts never finished (the node died each time, perhaps because of this message): stop here.
                    ? MailSendOutcome.Temporary("Các lần gửi trước không hoàn tất (tiến trình gửi đã dừng giữa chừng).")
                    : await SendOneAsync(session, email, cancellationToken));
                if (outcome.ConnectionLost) connectionFailure = outcome;
                if (outcome.Result == MailSendResult.Sent)
                {
                    delivered.Add(email);
                    sent++;
                    continue;
                }
                // A failure is rare: the deliveries before it are recorded first, so they never wait on it.
                await RecordSentAsync(db, delivered, cancellationToken);
                var now = clock.GetUtcNow().UtcDateTime;
                if (outcome.Result == MailSendResult.PermanentFailure)
                {
                    email.MarkPermanentFailure(outcome.Error ?? "");
                    permanent++;
                    logger.LogWarning("Mail {MessageId} refused for good: {Error}", email.MessageId, outcome.Error);
                }
                else
                {
                    email.MarkTemporaryFailure(outcome.Error ?? "", now + Backoff(email.Attempts), options.MaxAttempts);
                    if (email.Status == OutgoingEmailStatus.PermanentFailure)
                    {
                        permanent++;
                        logger.LogWarning("Mail {MessageId} dead-lettered after {Attempts} attempts: {Error}",
                            email.MessageId, email.Attempts, outcome.Error);
                    }
                    else temporary++;
                }
                await RecordFailureAsync(db, email, cancellationToken);
            }
        }
        finally
        {
            // Also when the run is cancelled half-way (the host is stopping): what was delivered is recorded, not resent.
            await RecordSentAsync(db, delivered, CancellationToken.None);
        }
        return new MailDispatchResult(claimed.Count, sent, temporary, permanent, deferred);
    }

    /// <summary>A fault the transport did not foresee is this message's problem (bad data), not a reason to stall the batch.</summary>
    private async Task<MailSendOutcome> SendOneAsync(LazySession session, OutgoingEmail email, CancellationToken cancellationToken)
    {
        // Opening the session is not the message's fault: a failure there stops the run, as before.
        var open = await session.OpenAsync(cancellationToken);
        try
        {
            return await open.SendAsync(email, cancellationToken);
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
        if (db.Provider == DatabaseProvider.PostgreSql && options.RateLimits.Count == 0)
        {
            // Without rate limits nothing needs deciding between locking and marking: one statement claims the batch
            // with the same effect as MarkSending on each row (an attempt more, stamped, leased until leaseUntil).
            var batch = await db.Set<OutgoingEmail>().FromSql($"""
                UPDATE "OutgoingEmail" AS o
                SET "Status" = 'Sending', "Attempts" = o."Attempts" + 1, "LastAttemptAt" = {now},
                    "NextAttemptAt" = {leaseUntil}, "Version" = o."Version" + 1
                WHERE o."Id" IN (
                    SELECT "Id" FROM "OutgoingEmail"
                    WHERE "Status" IN ('Queued', 'TemporaryFailure', 'Sending') AND "NextAttemptAt" <= {now}
                    ORDER BY "NextAttemptAt"
                    LIMIT {options.BatchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING o.*
                """).AsNoTracking().ToListAsync(cancellationToken);
            return ([.. batch.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)], 0);
        }
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

    /// <summary>Marks the delivered messages Sent in one statement, and empties the list.</summary>
    private async Task RecordSentAsync(JusticeDbContext db, List<OutgoingEmail> delivered, CancellationToken cancellationToken)
    {
        if (delivered.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        // Claimed together, the messages of a batch almost always share one attempt count: one statement per count.
        foreach (var group in delivered.GroupBy(e => e.Attempts))
        {
            var ids = group.Select(e => e.Id).ToList();
            foreach (var email in group) email.MarkSent(now);
            var attempts = group.Key;
            var written = await db.Set<OutgoingEmail>()
                .Where(e => ids.Contains(e.Id) && e.Status == OutgoingEmailStatus.Sending && e.Attempts == attempts)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(e => e.Status, OutgoingEmailStatus.Sent)
                    .SetProperty(e => e.SentAt, now)
                    .SetProperty(e => e.Version, e => e.Version + 1), cancellationToken);
            if (written < ids.Count)
                logger.LogWarning("Mail: {Missing} of {Count} deliveries not recorded, the messages were taken over by another dispatcher",
                    ids.Count - written, ids.Count);
        }
        delivered.Clear();
    }

    private async Task RecordFailureAsync(JusticeDbContext db, OutgoingEmail email, CancellationToken cancellationToken)
    {
        var attempts = email.Attempts;
        var written = await db.Set<OutgoingEmail>()
            .Where(e => e.Id == email.Id && e.Status == OutgoingEmailStatus.Sending && e.Attempts == attempts)
            .ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Status, email.Status)
                .SetProperty(e => e.LastError, email.LastError)
                .SetProperty(e => e.NextAttemptAt, email.NextAttemptAt)
                .SetProperty(e => e.Version, e => e.Version + 1), cancellationToken);
        if (written == 0)
            // Another dispatcher took the message over after our lease ran out; its record wins.
            logger.LogWarning("Mail {MessageId}: outcome not recorded, the message was taken over by another dispatcher", email.MessageId);
    }

    /// <summary>The transport session of a run, opened only when a message is actually sent.</summary>
    private sealed class LazySession(IMailTransport transport) : IAsyncDisposable
    {
        private IMailTransportSession? _session;

        public async Task<IMailTransportSession> OpenAsync(CancellationToken cancellationToken) =>
            _session ??= await transport.OpenSessionAsync(cancellationToken);

        public ValueTask DisposeAsync() => _session?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
