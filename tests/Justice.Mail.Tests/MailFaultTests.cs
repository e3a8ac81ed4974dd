using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Justice.Mail.Tests;

/// <summary>
/// The SMTP relay goes down in the middle of a batch while the dispatcher runs as in the host (the background
/// service polling the outbox on PostgreSQL), and comes back. What SMTP allows to be proved:
/// <list type="bullet">
/// <item>every queued message arrives: the Message-IDs received are exactly the ones queued;</item>
/// <item>a message is offered a second time only if the relay accepted it (end of DATA) and the connection broke
/// before its reply reached the dispatcher. The dispatcher cannot tell that from a message the relay never got,
/// so it sends it again with the same Message-ID, which lets the receiving side drop the copy. One connection
/// carries one message at a time, so a stop costs at most that one copy, and none when it falls between messages.</item>
/// </list>
/// </summary>
public sealed class MailFaultTests(ITestOutputHelper output)
{
    private const int Messages = 1000;
    private const int StopAfter = 400;

    [Fact]
    public async Task A_relay_stopped_between_two_messages_of_a_batch_and_restarted_receives_each_of_1000_messages_exactly_once()
    {
        await using var h = await CreateAsync();
        var queued = await EnqueueAsync(h);
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopping = h.Smtp.Stopping;
        // MAIL opens the next message once the reply to the previous one was read: stopping here falls between two.
        h.Smtp.OnCommand = command =>
        {
            if (command != "MAIL" || h.Smtp.Received.Count < StopAfter || !halfway.TrySetResult()) return;
            stopping.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
        };

        var received = await RunThroughOutageAsync(h, halfway.Task);

        Assert.True(queued.SetEquals(received.Distinct()), "every queued Message-ID arrives, and no other");
        // The stop fell between messages: nothing was accepted without its reply, so nothing was offered twice.
        Assert.Equal(Messages, received.Count);
    }

    private static Task<MailHarness> CreateAsync() => MailHarness.CreateAsync(DatabaseProvider.PostgreSql, o =>
    {
        // The host's loop, on a short leash so the outage and the recovery take seconds.
        o.PollInterval = TimeSpan.FromMilliseconds(50);
        o.BackoffBase = TimeSpan.FromMilliseconds(100);
        o.BackoffMax = TimeSpan.FromMilliseconds(400);
        o.MaxAttempts = 100;
        o.BatchSize = 50;
    }, TimeProvider.System);

    private static async Task<HashSet<string>> EnqueueAsync(MailHarness h)
    {
        var ids = new HashSet<string>();
        await using var db = h.Database.NewContext();
        for (var i = 0; i < Messages; i++) ids.Add(h.Outbox.Enqueue(db, MailHarness.Draft(i)).MessageId);
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>
    /// Runs the background dispatcher until <paramref name="halfway"/>, stops the relay, lets the dispatcher meet
    /// the closed port, restarts the relay and waits until the outbox is drained. Returns the Message-IDs received,
    /// one per delivery.
    /// </summary>
    private async Task<List<string>> RunThroughOutageAsync(MailHarness h, Task halfway)
    {
        var service = new MailDispatcherHostedService(h.Dispatcher(), h.Options, h.Time, NullLogger<MailDispatcherHostedService>.Instance);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await service.StartAsync(CancellationToken.None);
        try
        {
            await halfway.WaitAsync(TimeSpan.FromSeconds(60));
            await h.Smtp.StopAsync();

            // The dispatcher meets the closed port: the rest of the batch and the next ones wait for a retry.
            await WaitUntilAsync(h, db => db.Set<OutgoingEmail>().AnyAsync(e =>
                e.Status == OutgoingEmailStatus.TemporaryFailure && e.Attempts >= 2));
            var atStop = h.Smtp.Received.Count;
            output.WriteLine($"relay stopped after {atStop} messages, {watch.Elapsed.TotalSeconds:F1} s");
            Assert.Equal(StopAfter, atStop);

            await h.Smtp.RestartAsync();
            await WaitUntilAsync(h, async db => await db.Set<OutgoingEmail>().CountAsync(e => e.Status == OutgoingEmailStatus.Sent) == Messages);
            output.WriteLine($"outbox drained at {watch.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        await using (var check = h.Database.NewContext())
        {
            var retried = await check.Set<OutgoingEmail>().CountAsync(e => e.Attempts > 1);
            output.WriteLine($"{retried} messages needed more than one attempt");
            Assert.InRange(retried, 1, Messages - StopAfter + 1);
            Assert.Equal(0, await check.Set<OutgoingEmail>().CountAsync(e => e.Status != OutgoingEmailStatus.Sent));
        }
        return h.Smtp.Received.Select(r => "<" + r.Message.MessageId + ">").ToList();
    }

    private static async Task WaitUntilAsync(MailHarness h, Func<JusticeDbContext, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await using (var db = h.Database.NewContext())
                if (await condition(db)) return;
            if (DateTime.UtcNow > deadline)
            {
                await using var db = h.Database.NewContext();
                var states = await db.Set<OutgoingEmail>().GroupBy(e => e.Status)
                    .Select(g => new { g.Key, Count = g.Count(), Error = g.Max(e => e.LastError) }).ToListAsync();
                throw new TimeoutException("The outbox did not reach the expected state in time: "
                    + string.Join("; ", states.Select(s => $"{s.Key} {s.Count} ({s.Error})")) + $"; received {h.Smtp.Received.Count}");
            }
            await Task.Delay(50);
        }
    }
}
