using Justice.Domain.Outbox;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Justice.Search.Indexing;

/// <summary>
/// Keeps the search indexes in step with the database. At start it rebuilds an index that was missing or
/// unreadable (searches answer "rebuilding" meanwhile); then it drains the outbox messages of
/// <see cref="SearchOutbox.Topics"/> only, re-reading each changed document or Code topic from the database, so
/// applying a message twice is harmless and its order does not matter. A batch is committed to the index before
/// its messages are marked done: a crash in between only applies them again.
/// </summary>
public sealed class SearchIndexSync(
    SearchIndexHost index, SearchDatabase database, SearchOptions options, TimeProvider clock, ILogger<SearchIndexSync> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _draining = new(1, 1);

    /// <summary>Applies every due search message; returns how many were applied.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        await _draining.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            while (true)
            {
                var applied = await DrainBatchAsync(cancellationToken);
                total += applied;
                if (applied < options.BatchSize) return total;
            }
        }
        finally
        {
            _draining.Release();
        }
    }

    /// <summary>Rebuilds both indexes from the database.</summary>
    public Task<(int Documents, int Articles)> RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default) =>
        index.RebuildAsync(database.NewContext, progress, cancellationToken);

    private async Task<int> DrainBatchAsync(CancellationToken cancellationToken)
    {
        await using var db = database.NewContext();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = db.Provider == DatabaseProvider.PostgreSql ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        List<OutboxMessage> due;
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            // Nodes that share the database take disjoint batches; other topics are never touched.
            due = await db.Set<OutboxMessage>().FromSql($"""
                SELECT * FROM "OutboxMessage"
                WHERE "Topic" IN ({SearchOutbox.DocumentChangedTopic}, {SearchOutbox.CodeTopicChangedTopic})
                  AND "Status" IN ('Pending', 'Failed') AND "AvailableAt" <= {now}
                ORDER BY "CreatedAt"
                LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
        }
        else
        {
            due = await db.Set<OutboxMessage>()
                .Where(m => (m.Topic == SearchOutbox.DocumentChangedTopic || m.Topic == SearchOutbox.CodeTopicChangedTopic)
                            && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Failed) && m.AvailableAt <= now)
                .OrderBy(m => m.CreatedAt).Take(options.BatchSize).ToListAsync(cancellationToken);
        }
        if (due.Count == 0) return 0;

        var documentIds = new HashSet<Guid>();
        var topicIds = new HashSet<Guid>();
        var unreadable = new List<(OutboxMessage Message, string Error)>();
        foreach (var message in due)
        {
            try
            {
                (message.Topic == SearchOutbox.DocumentChangedTopic ? documentIds : topicIds).Add(SearchOutbox.IdOf(message));
            }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
            {
                unreadable.Add((message, e.Message));
            }
        }
        try
        {
            await index.ApplyAsync(db, documentIds, topicIds, cancellationToken);
            var done = clock.GetUtcNow().UtcDateTime;
            foreach (var message in due.Except(unreadable.Select(u => u.Message))) message.MarkDone(done);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Search index update failed for {Count} outbox messages; they are retried", due.Count);
            var retryAt = clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Min(300, 5 * Math.Pow(2, due.Max(m => m.Attempts))));
            foreach (var message in due.Except(unreadable.Select(u => u.Message))) message.MarkFailed($"{e.GetType().Name}: {e.Message}", retryAt, options.MaxAttempts);
        }
        foreach (var (message, error) in unreadable) message.MarkFailed(error, now, maxAttempts: 1);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and serve "rebuilding") before the database is read.
        await Task.Yield();
        while (index.NeedsRebuild && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                logger.LogInformation("Search index missing or unreadable: rebuilding it from the database");
                await RebuildAsync(cancellationToken: stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Search index rebuild failed; trying again");
                await Task.Delay(options.PollInterval * 10, clock, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        try
        {
            do
            {
                try
                {
                    var applied = await DrainAsync(stoppingToken);
                    if (applied > 0) logger.LogDebug("Search index: {Count} changes applied", applied);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Search index sync failed; retrying at the next tick");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _draining.Dispose();
        base.Dispose();
    }
}

/// <summary>Opens the contexts the index reads with: one per batch, disposed by the caller (a singleton outlives any request scope).</summary>
public sealed class SearchDatabase(Func<JusticeDbContext> newContext)
{
    public JusticeDbContext NewContext() => newContext();
}
