using System.Data.Common;
using Justice.Domain.Outbox;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Justice.Search.Indexing;

/// <summary>
/// Keeps this node's search indexes in step with the database. At start it rebuilds an index that was missing or
/// unreadable (searches answer "rebuilding" meanwhile); then it follows the outbox messages of
/// <see cref="SearchOutbox.Topics"/> only, from its own <see cref="OutboxCheckpoint"/>, re-reading each changed document
/// or Code topic from the database. Every node applies every message, each once: nothing is claimed, so one node's
/// progress is no other's. A batch and the checkpoint after it are committed to the index together, so a crash
/// loses neither. The first node to apply a message marks it done in the outbox, for whoever watches it.
/// </summary>
public sealed class SearchIndexSync(
    SearchIndexHost index, SearchDatabase database, SearchOptions options, TimeProvider clock, ILogger<SearchIndexSync> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _draining = new(1, 1);

    /// <summary>Applies every search message this node has not applied yet; returns how many it applied.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        await _draining.WaitAsync(cancellationToken);
        try
        {
            // An index without a checkpoint is rebuilt first; the rebuild gives it one.
            if (index.Checkpoint is not { } checkpoint) return 0;
            var applied = 0;
            var cursor = checkpoint.Floor(options.LateCommitWindow);
            while (true)
            {
                await using var db = database.NewContext();
                var page = await ReadAfterAsync(db, cursor, cancellationToken);
                if (page.Count == 0) return applied;
                cursor = page[^1].Id;
                var fresh = page.Where(m => !checkpoint.Recent.Contains(m.Id)).ToList();
                if (fresh.Count > 0)
                {
                    checkpoint = await ApplyAsync(db, fresh, checkpoint.After(fresh.Select(m => m.Id), cursor, options.LateCommitWindow), cancellationToken);
                    applied += fresh.Count;
                }
                if (page.Count < options.BatchSize) return applied;
            }
        }
        finally
        {
            _draining.Release();
        }
    }

    /// <summary>Rebuilds both indexes from the database, from the outbox's current position on.</summary>
    public async Task<(int Documents, int Articles)> RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        await _draining.WaitAsync(cancellationToken);
        try
        {
            OutboxCheckpoint checkpoint;
            await using (var db = database.NewContext()) checkpoint = await CurrentPositionAsync(db, cancellationToken);
            return await index.RebuildAsync(database.NewContext, checkpoint, progress, cancellationToken);
        }
        finally
        {
            _draining.Release();
        }
    }

    /// <summary>The search messages after <paramref name="after"/>, in id order (time order: ids are UUIDv7), one batch.</summary>
    private Task<List<OutboxMessage>> ReadAfterAsync(JusticeDbContext db, Guid after, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>().FromSql($"""
            SELECT * FROM "OutboxMessage"
            WHERE "Id" > {after} AND "Topic" IN ({SearchOutbox.DocumentChangedTopic}, {SearchOutbox.CodeTopicChangedTopic})
            ORDER BY "Id"
            LIMIT {options.BatchSize}
            """).AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>
    /// A checkpoint at the newest search message, with every message of the window below it counted as applied: what
    /// they changed is in the database a rebuild reads next. Rows that commit later still arrive as late rows.
    /// </summary>
    private async Task<OutboxCheckpoint> CurrentPositionAsync(JusticeDbContext db, CancellationToken cancellationToken)
    {
        var newest = await db.Set<OutboxMessage>().FromSql($"""
            SELECT * FROM "OutboxMessage"
            WHERE "Topic" IN ({SearchOutbox.DocumentChangedTopic}, {SearchOutbox.CodeTopicChangedTopic})
            ORDER BY "Id" DESC
            LIMIT 1
            """).AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken);
        if (newest.Count == 0) return OutboxCheckpoint.Start;
        var position = new OutboxCheckpoint(newest[0], new HashSet<Guid>());
        var recent = new List<Guid>();
        for (var cursor = position.Floor(options.LateCommitWindow); ;)
        {
            var page = await ReadAfterAsync(db, cursor, cancellationToken);
            recent.AddRange(page.Select(m => m.Id).Where(id => OutboxCheckpoint.Compare(id, position.Position) <= 0));
            if (page.Count < options.BatchSize) break;
            cursor = page[^1].Id;
        }
        return position with { Recent = recent.ToHashSet() };
    }

    /// <summary>Applies <paramref name="messages"/> to the index with <paramref name="next"/> as its checkpoint, then notes the outcome in the outbox.</summary>
    private async Task<OutboxCheckpoint> ApplyAsync(JusticeDbContext db, List<OutboxMessage> messages, OutboxCheckpoint next,
        CancellationToken cancellationToken)
    {
        var documentIds = new HashSet<Guid>();
        var topicIds = new HashSet<Guid>();
        var failed = new Dictionary<Guid, string>();
        var subjectOf = new Dictionary<Guid, Guid>();
        foreach (var message in messages)
        {
            try
            {
                var id = SearchOutbox.IdOf(message);
                (message.Topic == SearchOutbox.DocumentChangedTopic ? documentIds : topicIds).Add(id);
                subjectOf[message.Id] = id;
            }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
            {
                logger.LogError("Search outbox message {Id} is unreadable and skipped: {Error}", message.Id, e.Message);
                failed[message.Id] = e.Message;
            }
        }
        // A failure to read the database throws here: the checkpoint stays, and the batch is read again at the next tick.
        var unindexed = await index.ApplyAsync(db, documentIds, topicIds, next, cancellationToken);
        foreach (var (messageId, subject) in subjectOf)
            if (unindexed.TryGetValue(subject, out var error)) failed[messageId] = error;
        await NoteOutcomeAsync(db, messages.Select(m => m.Id).Except(failed.Keys).ToList(), failed, cancellationToken);
        return next;
    }

    /// <summary>
    /// Marks applied messages done (unless a node did already) and dead-letters those that cannot be applied, with
    /// the error. Only a record for people: nodes go by their checkpoints, so a failure here is logged and let be.
    /// </summary>
    private async Task NoteOutcomeAsync(JusticeDbContext db, List<Guid> done, Dictionary<Guid, string> failed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            if (done.Count > 0)
                await db.Set<OutboxMessage>().Where(m => done.Contains(m.Id) && m.Status != OutboxStatus.Done)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Done).SetProperty(m => m.ProcessedAt, now), cancellationToken);
            foreach (var (id, error) in failed)
            {
                var text = error.Length > 2000 ? error[..2000] : error;
                await db.Set<OutboxMessage>().Where(m => m.Id == id)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.DeadLetter).SetProperty(m => m.LastError, text)
                        .SetProperty(m => m.ProcessedAt, now), cancellationToken);
            }
        }
        catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException)
        {
            logger.LogWarning(e, "Search sync: the outcome of {Count} outbox messages could not be noted", done.Count + failed.Count);
        }
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
