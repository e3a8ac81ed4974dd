using Justice.Domain.Common;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;

namespace Justice.Mail.Tests;

public sealed class MailStatusQueriesTests
{
    [Theory, BothProviders]
    public async Task Staff_list_messages_by_status_flow_and_recipient_newest_first_with_paging(DatabaseProvider provider)
    {
        await using var h = await MailHarness.CreateAsync(provider);
        h.Smtp.Respond = (message, _) => message.To.Mailboxes.Any(m => m.Address.StartsWith("khong.ton.tai", StringComparison.OrdinalIgnoreCase))
            ? (550, "5.1.1 Mailbox unavailable: no such user here") : null;
        for (var i = 1; i <= 5; i++)
        {
            await h.EnqueueAsync(MailHarness.Draft(i, $"cong.dan.{i}@example.vn"));
            h.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        await h.EnqueueAsync(MailHarness.Draft(6, "Khong.Ton.Tai@Example.vn") with { TemplateKey = "judicial-record.refused" });
        await h.Dispatcher().DispatchDueAsync();

        await using var db = h.Database.NewContext();
        var queries = new MailStatusQueries(db, h.Clock);

        var all = await queries.ListAsync(take: 4);
        Assert.Equal(6, all.TotalCount);
        Assert.Equal(4, all.Items.Count);
        Assert.Equal("judicial-record.refused", all.Items[0].TemplateKey);
        var next = await queries.ListAsync(skip: 4, take: 4);
        Assert.Equal(["Câu hỏi pháp luật số 2 đã được trả lời", "Câu hỏi pháp luật số 1 đã được trả lời"], next.Items.Select(i => i.Subject));

        var dead = Assert.Single((await queries.ListAsync(new MailMessageFilter(Status: OutgoingEmailStatus.PermanentFailure))).Items);
        Assert.Contains("no such user here", dead.LastError);
        Assert.Equal(1, (await queries.ListAsync(new MailMessageFilter(Flow: "judicial-record"))).TotalCount);
        Assert.Equal(1, (await queries.ListAsync(new MailMessageFilter(Flow: "judicial-record.refused"))).TotalCount);
        Assert.Equal(0, (await queries.ListAsync(new MailMessageFilter(Flow: "judicial"))).TotalCount);
        Assert.Equal(5, (await queries.ListAsync(new MailMessageFilter(Status: OutgoingEmailStatus.Sent, Flow: "legal-question"))).TotalCount);
        Assert.Equal(dead.Id, Assert.Single((await queries.ListAsync(new MailMessageFilter(Recipient: "khong.ton.tai@example"))).Items).Id);
        Assert.Equal(1, (await queries.ListAsync(new MailMessageFilter(Recipient: "CONG.DAN.3"))).TotalCount);
        Assert.Equal(MailStatusQueries.MaxTake, (await queries.ListAsync(take: 10_000)).Take);
        Assert.Equal("PAGING_INVALID", (await Assert.ThrowsAsync<DomainException>(() => queries.ListAsync(skip: -1))).Code);

        var detail = await queries.GetAsync(dead.Id);
        Assert.NotNull(detail);
        Assert.Equal(1, detail.Summary.Attempts);
        Assert.Contains("550", detail.Summary.LastError);
        Assert.True(detail.CanRetry);
        Assert.Equal("Bộ Tư pháp <thongbao@moj.gov.vn>", detail.From);
        Assert.Null(await queries.GetAsync(Guid.NewGuid()));
    }

    [Theory, BothProviders]
    public async Task Retrying_a_dead_letter_queues_it_again_and_anything_else_is_refused(DatabaseProvider provider)
    {
        await using var h = await MailHarness.CreateAsync(provider);
        h.Smtp.Respond = (_, earlier) => earlier == 0 ? (550, "5.7.1 Refused by policy") : null;
        var email = await h.EnqueueAsync(MailHarness.Draft());
        await h.Dispatcher().DispatchDueAsync();

        await using (var db = h.Database.NewContext())
        {
            var queries = new MailStatusQueries(db, h.Clock);
            var retried = await queries.RetryDeadLetterAsync(email.Id);
            Assert.Equal(OutgoingEmailStatus.Queued, retried.Summary.Status);
            Assert.Equal(0, retried.Summary.Attempts);
            Assert.Contains("Refused by policy", retried.Summary.LastError);
            Assert.False(retried.CanRetry);
            // A second click while it waits in the queue is refused, not queued twice.
            Assert.Equal("MAIL_TRANSITION_REFUSED", (await Assert.ThrowsAsync<DomainException>(() => queries.RetryDeadLetterAsync(email.Id))).Code);
            Assert.Equal("MAIL_NOT_FOUND", (await Assert.ThrowsAsync<DomainException>(() => queries.RetryDeadLetterAsync(Guid.NewGuid()))).Code);
        }

        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());
        await using (var db = h.Database.NewContext())
        {
            var sent = await new MailStatusQueries(db, h.Clock).GetAsync(email.Id);
            Assert.Equal(OutgoingEmailStatus.Sent, sent!.Summary.Status);
            Assert.Equal("MAIL_TRANSITION_REFUSED",
                (await Assert.ThrowsAsync<DomainException>(() => new MailStatusQueries(db, h.Clock).RetryDeadLetterAsync(email.Id))).Code);
        }
        Assert.Equal(email.MessageId, $"<{Assert.Single(h.Smtp.Received).Message.MessageId}>");
    }
}
