using Justice.Domain.Mail;
using Justice.Domain.Persistence;

namespace Justice.Mail.Tests;

/// <summary>
/// A 5xx reply is final only when the relay stands by it. A relay going down may answer 554 to the message it was
/// cut off in and drop the connection: that message was not accepted, so it is retried (never lost, never
/// duplicated). A 5xx on a session that stays open is the relay's verdict: dead letter at once, not offered again.
/// </summary>
public sealed class RelayShutdownTests
{
    private static async Task<(MailHarness Harness, ScriptedSmtpRelay Relay)> CreateAsync(Func<int, (string, bool)> answer)
    {
        var relay = new ScriptedSmtpRelay(answer);
        var harness = await MailHarness.CreateAsync(DatabaseProvider.Sqlite, o => o.Smtp.Port = relay.Port);
        return (harness, relay);
    }

    [Fact]
    public async Task A_554_followed_by_the_connection_closing_is_retried_and_the_message_arrives_once()
    {
        var (h, relay) = await CreateAsync(n => n == 0 ? ("554 Transaction failed", true) : ("250 2.0.0 OK queued", false));
        await using var _ = h;
        await using var __ = relay;
        var email = await h.EnqueueAsync(MailHarness.Draft(7));

        var first = await h.Dispatcher().DispatchDueAsync();

        Assert.Equal(new MailDispatchResult(1, 0, 1, 0), first);
        var waiting = await h.LoadAsync(email.Id);
        Assert.Equal(OutgoingEmailStatus.TemporaryFailure, waiting.Status);
        Assert.StartsWith("554 Transaction failed", waiting.LastError);

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());

        Assert.Equal(OutgoingEmailStatus.Sent, (await h.LoadAsync(email.Id)).Status);
        Assert.Equal(2, relay.Offers);
        var accepted = Assert.Single(relay.Accepted);
        Assert.Contains($"Message-Id: {email.MessageId}", accepted, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_554_on_a_session_that_stays_open_is_dead_lettered_with_the_reply_and_never_offered_again()
    {
        var (h, relay) = await CreateAsync(n => n == 0 ? ("554 5.7.1 Message refused by content policy", false) : ("250 2.0.0 OK queued", false));
        await using var _ = h;
        await using var __ = relay;
        var refused = await h.EnqueueAsync(MailHarness.Draft(1));
        var next = await h.EnqueueAsync(MailHarness.Draft(2));

        Assert.Equal(new MailDispatchResult(2, 1, 0, 1), await h.Dispatcher().DispatchDueAsync());
        h.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(MailDispatchResult.None, await h.Dispatcher().DispatchDueAsync());

        var dead = await h.LoadAsync(refused.Id);
        Assert.Equal(OutgoingEmailStatus.PermanentFailure, dead.Status);
        Assert.Equal("554 5.7.1 Message refused by content policy", dead.LastError);
        Assert.Equal(OutgoingEmailStatus.Sent, (await h.LoadAsync(next.Id)).Status);
        // The refusal left the session usable: the next message went over the same connection, and nothing was offered twice.
        Assert.Equal(2, relay.Offers);
    }
}
