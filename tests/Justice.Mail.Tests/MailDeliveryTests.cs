using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Justice.Mail.Tests;

public sealed class MailDeliveryTests
{
    private static string Lines(string? text) => (text ?? "").ReplaceLineEndings("\n").Trim();

    [Theory, BothProviders]
    public async Task An_enqueued_message_is_delivered_exactly_as_stored_and_marked_sent(DatabaseProvider provider)
    {
        await using var h = await MailHarness.CreateAsync(provider, o => o.ReplyTo = "hoidap@moj.gov.vn");
        var draft = MailHarness.Draft(7, "nguyen.van.an@example.vn", "Tran.Thi.Binh@EXAMPLE.vn");

        OutgoingEmail email;
        await using (var db = h.Database.NewContext())
        {
            email = h.Outbox.Enqueue(db, draft);
            // Only added: nothing is stored until the caller commits its own change.
            Assert.Equal(EntityState.Added, db.Entry(email).State);
            await using (var other = h.Database.NewContext())
                Assert.Equal(0, await other.Set<OutgoingEmail>().CountAsync());
            await db.SaveChangesAsync();
        }

        var result = await h.Dispatcher().DispatchDueAsync();

        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), result);
        var received = Assert.Single(h.Smtp.Received);
        var message = received.Message;
        Assert.Equal(["nguyen.van.an@example.vn", "Tran.Thi.Binh@example.vn"], received.EnvelopeTo.Order());
        Assert.Equal(["Tran.Thi.Binh@example.vn", "nguyen.van.an@example.vn"],
            message.To.Mailboxes.Select(m => m.Address).Order(StringComparer.Ordinal));
        Assert.Equal("Câu hỏi pháp luật số 7 đã được trả lời", message.Subject);
        Assert.Equal(Lines(draft.TextBody), Lines(message.TextBody));
        Assert.Equal(Lines(draft.HtmlBody), Lines(message.HtmlBody));
        Assert.Equal("multipart/alternative", message.Body!.ContentType.MimeType);
        Assert.Equal(email.MessageId, $"<{message.MessageId}>");
        Assert.Equal("thongbao@moj.gov.vn", message.From.Mailboxes.Single().Address);
        Assert.Equal("Bộ Tư pháp", message.From.Mailboxes.Single().Name);
        Assert.Equal("hoidap@moj.gov.vn", message.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("legal-question.answered; version=2", message.Headers[MimeMessageFactory.TemplateHeader]);

        var stored = await h.LoadAsync(email.Id);
        Assert.Equal(OutgoingEmailStatus.Sent, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(h.Clock.UtcNow, stored.SentAt);
        Assert.Equal(MailDispatchResult.None, await h.Dispatcher().DispatchDueAsync());
        Assert.Single(h.Smtp.Received);
    }

    [Theory, BothProviders]
    public async Task A_4xx_reply_is_retried_after_the_backoff_with_the_same_Message_ID(DatabaseProvider provider)
    {
        await using var h = await MailHarness.CreateAsync(provider);
        h.Smtp.Respond = (_, earlier) => earlier == 0 ? (451, "4.3.0 Temporary local problem, try later") : null;
        var email = await h.EnqueueAsync(MailHarness.Draft());

        Assert.Equal(new MailDispatchResult(1, 0, 1, 0), await h.Dispatcher().DispatchDueAsync());
        var failed = await h.LoadAsync(email.Id);
        Assert.Equal(OutgoingEmailStatus.TemporaryFailure, failed.Status);
        Assert.Contains("451", failed.LastError);
        Assert.Contains("Temporary local problem", failed.LastError);
        // One minute base, ±20 % jitter.
        Assert.InRange(failed.NextAttemptAt, h.Clock.UtcNow.AddSeconds(47), h.Clock.UtcNow.AddSeconds(73));
        Assert.Empty(h.Smtp.Received);

        // Not due yet: nothing happens.
        Assert.Equal(MailDispatchResult.None, await h.Dispatcher().DispatchDueAsync());

        h.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());
        var sent = await h.LoadAsync(email.Id);
        Assert.Equal(OutgoingEmailStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(email.MessageId, $"<{Assert.Single(h.Smtp.Received).Message.MessageId}>");
    }

    [Theory, BothProviders]
    public async Task A_5xx_reply_dead_letters_the_message_with_the_reply_and_Retry_sends_it_again(DatabaseProvider provider)
    {
        await using var h = await MailHarness.CreateAsync(provider);
        h.Smtp.Respond = (_, _) => (550, "5.1.1 Mailbox unavailable: no such user here");
        var email = await h.EnqueueAsync(MailHarness.Draft());

        Assert.Equal(new MailDispatchResult(1, 0, 0, 1), await h.Dispatcher().DispatchDueAsync());
        var dead = await h.LoadAsync(email.Id);
        Assert.Equal(OutgoingEmailStatus.PermanentFailure, dead.Status);
        Assert.Contains("550", dead.LastError);
        Assert.Contains("no such user here", dead.LastError);
        h.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(MailDispatchResult.None, await h.Dispatcher().DispatchDueAsync());

        // Staff fix the address book on the other side and retry the dead letter.
        h.Smtp.Respond = (_, _) => null;
        await using (var db = h.Database.NewContext())
        {
            var loaded = await db.Set<OutgoingEmail>().SingleAsync(e => e.Id == email.Id);
            loaded.Retry(h.Clock.UtcNow);
            await db.SaveChangesAsync();
        }
        Assert.Equal(OutgoingEmailStatus.Queued, (await h.LoadAsync(email.Id)).Status);
        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());
        Assert.Equal(OutgoingEmailStatus.Sent, (await h.LoadAsync(email.Id)).Status);
        Assert.Equal(email.MessageId, $"<{Assert.Single(h.Smtp.Received).Message.MessageId}>");
    }

    [Fact]
    public async Task Temporary_failures_become_a_dead_letter_when_attempts_run_out()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite, o => o.MaxAttempts = 3);
        h.Smtp.Respond = (_, _) => (452, "4.3.1 Insufficient system storage");
        var email = await h.EnqueueAsync(MailHarness.Draft());

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await h.Dispatcher().DispatchDueAsync();
            h.Clock.Advance(TimeSpan.FromHours(1));
        }
        var dead = await h.LoadAsync(email.Id);
        Assert.Equal(OutgoingEmailStatus.PermanentFailure, dead.Status);
        Assert.Equal(3, dead.Attempts);
        Assert.Contains("452", dead.LastError);
        Assert.Equal(MailDispatchResult.None, await h.Dispatcher().DispatchDueAsync());
    }

    [Fact]
    public async Task An_unreachable_server_is_a_temporary_failure_for_the_whole_batch()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        var emails = new List<OutgoingEmail>();
        for (var i = 0; i < 3; i++) emails.Add(await h.EnqueueAsync(MailHarness.Draft(i)));
        var unreachable = new MailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = 1, UseTls = SmtpTlsMode.None, Timeout = TimeSpan.FromSeconds(2) },
        };

        var result = await h.Dispatcher(new SmtpMailTransport(unreachable, NullLogger<SmtpMailTransport>.Instance)).DispatchDueAsync();

        Assert.Equal(new MailDispatchResult(3, 0, 3, 0), result);
        foreach (var email in emails)
        {
            var stored = await h.LoadAsync(email.Id);
            Assert.Equal(OutgoingEmailStatus.TemporaryFailure, stored.Status);
            Assert.NotNull(stored.LastError);
        }

        // The server is back: everything goes out once.
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new MailDispatchResult(3, 3, 0, 0), await h.Dispatcher().DispatchDueAsync());
        Assert.Equal(3, h.Smtp.Received.Select(r => r.Message.MessageId).Distinct().Count());
    }

    [Theory, BothProviders]
    public async Task A_message_left_in_Sending_by_a_dead_node_is_resent_with_the_same_Message_ID_after_the_lease(DatabaseProvider provider)
    {
        await using var h = await MailHarness.CreateAsync(provider, o => o.SendingTimeout = TimeSpan.FromMinutes(5));
        var email = await h.EnqueueAsync(MailHarness.Draft());
        // A node claimed the message, committed Sending, and died before recording the outcome.
        await using (var db = h.Database.NewContext())
        {
            var claimed = await db.Set<OutgoingEmail>().SingleAsync(e => e.Id == email.Id);
            claimed.MarkSending(h.Clock.UtcNow, h.Clock.UtcNow + h.Options.SendingTimeout);
            await db.SaveChangesAsync();
        }

        h.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(MailDispatchResult.None, await h.Dispatcher().DispatchDueAsync());

        h.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());
        var sent = await h.LoadAsync(email.Id);
        Assert.Equal(OutgoingEmailStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(email.MessageId, $"<{Assert.Single(h.Smtp.Received).Message.MessageId}>");
    }

    [Fact]
    public async Task Two_dispatchers_on_PostgreSQL_deliver_each_of_200_messages_exactly_once()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.PostgreSql, o => o.BatchSize = 10);
        var ids = new HashSet<string>();
        await using (var db = h.Database.NewContext())
        {
            for (var i = 0; i < 200; i++) ids.Add(h.Outbox.Enqueue(db, MailHarness.Draft(i)).MessageId);
            await db.SaveChangesAsync();
        }
        var first = h.Dispatcher();
        var second = h.Dispatcher();

        var results = await Task.WhenAll(
            Task.Run(() => first.DispatchDueAsync()),
            Task.Run(() => second.DispatchDueAsync()));

        Assert.Equal(200, results.Sum(r => r.Sent));
        Assert.Equal(200, results.Sum(r => r.Claimed));
        var delivered = h.Smtp.Received.Select(r => $"<{r.Message.MessageId}>").ToList();
        Assert.Equal(200, delivered.Count);
        Assert.True(ids.SetEquals(delivered));
        await using var check = h.Database.NewContext();
        Assert.Equal(200, await check.Set<OutgoingEmail>().CountAsync(e => e.Status == OutgoingEmailStatus.Sent));
    }

    [Fact]
    public async Task The_pickup_transport_writes_a_parseable_eml_named_after_the_Message_ID()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        var folder = Path.Combine(h.DataPath, "mail-pickup");
        var pickup = new PickupFolderMailTransport(folder, NullLogger<PickupFolderMailTransport>.Instance);
        var email = await h.EnqueueAsync(MailHarness.Draft(3));

        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher(pickup).DispatchDueAsync());

        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal(pickup.PathFor(email), file);
        Assert.EndsWith(".eml", file);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(email.MessageId, $"<{message.MessageId}>");
        Assert.Equal("Câu hỏi pháp luật số 3 đã được trả lời", message.Subject);
        Assert.Contains("Nguyễn Văn An", message.TextBody);
        Assert.Contains("<b>Nguyễn Văn An</b>", message.HtmlBody);
        Assert.Equal("nguyen.van.an@example.vn", message.To.Mailboxes.Single().Address);
        Assert.Empty(h.Smtp.Received);
    }

    [Fact]
    public async Task A_batch_uses_one_connection_and_a_refusal_in_the_middle_does_not_stop_the_others()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        h.Smtp.Respond = (message, _) => (message.Subject ?? "").Contains("số 2 ") ? (550, "5.7.1 Refused by policy") : null;
        var emails = new List<OutgoingEmail>();
        for (var i = 1; i <= 4; i++) emails.Add(await h.EnqueueAsync(MailHarness.Draft(i)));
        var sessionsBefore = h.Smtp.Sessions;

        Assert.Equal(new MailDispatchResult(4, 3, 0, 1), await h.Dispatcher().DispatchDueAsync());

        Assert.Equal(1, h.Smtp.Sessions - sessionsBefore);
        Assert.Equal(3, h.Smtp.Received.Count);
        Assert.Equal(OutgoingEmailStatus.PermanentFailure, (await h.LoadAsync(emails[1].Id)).Status);
        Assert.Contains("Refused by policy", (await h.LoadAsync(emails[1].Id)).LastError);
        Assert.Equal(OutgoingEmailStatus.Sent, (await h.LoadAsync(emails[3].Id)).Status);
    }

    [Fact]
    public async Task A_message_whose_attempts_keep_dying_with_their_node_is_dead_lettered_not_sent_for_ever()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite, o => o.MaxAttempts = 2);
        var email = await h.EnqueueAsync(MailHarness.Draft());
        for (var crash = 0; crash < 2; crash++)
        {
            await using var db = h.Database.NewContext();
            var claimed = await db.Set<OutgoingEmail>().SingleAsync(e => e.Id == email.Id);
            claimed.MarkSending(h.Clock.UtcNow, h.Clock.UtcNow + h.Options.SendingTimeout);
            await db.SaveChangesAsync();
            h.Clock.Advance(h.Options.SendingTimeout);
        }

        Assert.Equal(new MailDispatchResult(1, 0, 0, 1), await h.Dispatcher().DispatchDueAsync());
        Assert.Equal(OutgoingEmailStatus.PermanentFailure, (await h.LoadAsync(email.Id)).Status);
        Assert.Empty(h.Smtp.Received);
    }
}
