using Justice.Domain.Common;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Mail.Tests;

public sealed class OutgoingEmailTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Lease = Now.AddMinutes(5);

    private static OutgoingEmail Email(IEnumerable<string>? to = null, int templateVersion = 1, string subject = "Thông báo",
        DateTime? now = null, string domain = OutgoingEmail.DefaultMessageIdDomain, string? replyTo = null) =>
        new("judicial-record.ready", templateVersion, "thongbao@moj.gov.vn", "Bộ Tư pháp", replyTo,
            to ?? ["an@example.vn"], subject, "<p>Phiếu lý lịch tư pháp đã sẵn sàng.</p>",
            "Phiếu lý lịch tư pháp\nđã sẵn sàng.", now ?? Now, domain);

    private static void Refused(string code, Action action) =>
        Assert.Equal(code, Assert.Throws<DomainException>(action).Code);

    [Fact]
    public void A_new_message_is_queued_now_with_a_stable_RFC_5322_Message_ID()
    {
        var email = Email(to: ["an@Example.VN", "an@example.vn", "binh@example.vn"], replyTo: " ");
        Assert.Matches("^<[0-9a-f]{32}@moj\\.gov\\.vn>$", email.MessageId);
        Assert.Equal(OutgoingEmailStatus.Queued, email.Status);
        Assert.Equal(Now, email.NextAttemptAt);
        Assert.Equal(Now, email.CreatedAt);
        Assert.Equal(0, email.Attempts);
        Assert.Null(email.ReplyTo);
        Assert.Equal(["an@example.vn", "binh@example.vn"], email.To);
        // Line breaks stay in the text body.
        Assert.Contains('\n', email.TextBody);
        Assert.True(email.IsDue(Now));
    }

    [Fact]
    public void The_subject_cannot_carry_extra_header_lines() =>
        Assert.DoesNotContain('\n', Email(subject: "Thông báo\r\nBcc: attacker@example.com").Subject);

    [Fact] public void Recipients_are_required() => Refused("MAIL_RECIPIENT_REQUIRED", () => Email(to: []));
    [Fact] public void Recipients_are_valid_addresses() => Refused("EMAIL_INVALID", () => Email(to: ["not an address"]));
    [Fact] public void A_reply_to_address_is_valid() => Refused("EMAIL_INVALID", () => Email(replyTo: "hỏi đáp"));
    [Fact]
    public void At_most_a_hundred_recipients() =>
        Refused("MAIL_TOO_MANY_RECIPIENTS", () => Email(to: Enumerable.Range(0, 101).Select(i => $"u{i}@example.vn")));
    [Fact] public void The_template_version_starts_at_one() => Refused("MAIL_TEMPLATE_VERSION_INVALID", () => Email(templateVersion: 0));
    [Fact] public void The_subject_is_required() => Refused("TEXT_REQUIRED", () => Email(subject: "  "));
    [Fact] public void Times_are_UTC() => Refused("TIME_NOT_UTC", () => Email(now: DateTime.SpecifyKind(Now, DateTimeKind.Local)));
    [Fact] public void The_Message_ID_domain_is_a_domain() => Refused("MAIL_MESSAGE_ID_DOMAIN_INVALID", () => Email(domain: "moj gov"));

    [Fact]
    public void Only_a_message_being_sent_can_be_marked_sent_or_failed()
    {
        var email = Email();
        Refused("MAIL_TRANSITION_REFUSED", () => email.MarkSent(Now));
        Refused("MAIL_TRANSITION_REFUSED", () => email.MarkPermanentFailure("550"));
        Refused("MAIL_TRANSITION_REFUSED", () => email.MarkTemporaryFailure("451", Now.AddMinutes(1), 8));
        Refused("MAIL_TRANSITION_REFUSED", () => email.Retry(Now));
    }

    [Fact]
    public void A_message_being_sent_cannot_be_taken_before_its_lease_ends()
    {
        var email = Email();
        email.MarkSending(Now, Lease);
        Refused("MAIL_SENDING_IN_PROGRESS", () => email.MarkSending(Now.AddMinutes(1), Now.AddMinutes(6)));
        Assert.False(email.IsDue(Now.AddMinutes(1)));
        Assert.True(email.IsDue(Lease));
        email.MarkSending(Lease, Lease.AddMinutes(5));
        Assert.Equal(2, email.Attempts);
        Assert.Equal(Lease, email.LastAttemptAt);
    }

    [Fact]
    public void A_message_is_not_taken_before_its_retry_time_nor_with_a_lease_in_the_past()
    {
        var email = Email();
        Refused("MAIL_LEASE_INVALID", () => email.MarkSending(Now, Now));
        email.MarkSending(Now, Lease);
        email.MarkTemporaryFailure("451 busy", Now.AddMinutes(10), 8);
        Refused("MAIL_NOT_DUE", () => email.MarkSending(Now.AddMinutes(9), Now.AddMinutes(14)));
        email.MarkSending(Now.AddMinutes(10), Now.AddMinutes(15));
        Assert.Equal(OutgoingEmailStatus.Sending, email.Status);
    }

    [Fact]
    public void A_sent_message_stays_sent()
    {
        var email = Email();
        var id = email.MessageId;
        email.MarkSending(Now, Lease);
        email.MarkSent(Now.AddSeconds(1));
        Assert.Equal(OutgoingEmailStatus.Sent, email.Status);
        Assert.Equal(Now.AddSeconds(1), email.SentAt);
        Assert.False(email.IsDue(Now.AddYears(1)));
        Refused("MAIL_TRANSITION_REFUSED", () => email.MarkSending(Now.AddYears(1), Now.AddYears(1).AddMinutes(5)));
        Refused("MAIL_TRANSITION_REFUSED", () => email.Retry(Now));
        Assert.Equal(id, email.MessageId);
    }

    [Fact]
    public void Temporary_failures_turn_into_a_dead_letter_at_the_last_attempt_and_Retry_requeues_it()
    {
        var email = Email();
        var id = email.MessageId;
        var at = Now;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            email.MarkSending(at, at.AddMinutes(5));
            email.MarkTemporaryFailure("451 busy", at.AddMinutes(1), maxAttempts: 3);
            Assert.Equal(OutgoingEmailStatus.TemporaryFailure, email.Status);
            at = at.AddMinutes(1);
        }
        email.MarkSending(at, at.AddMinutes(5));
        email.MarkTemporaryFailure("451 busy", at.AddMinutes(1), maxAttempts: 3);
        Assert.Equal(OutgoingEmailStatus.PermanentFailure, email.Status);
        Assert.Contains("451 busy", email.LastError);
        Assert.False(email.IsDue(at.AddDays(1)));

        email.Retry(at.AddHours(1));
        Assert.Equal(OutgoingEmailStatus.Queued, email.Status);
        Assert.Equal(0, email.Attempts);
        Assert.Equal(at.AddHours(1), email.NextAttemptAt);
        Assert.Contains("451 busy", email.LastError);
        Assert.Equal(id, email.MessageId);
    }

    [Fact]
    public void The_last_error_is_kept_short()
    {
        var email = Email();
        email.MarkSending(Now, Lease);
        email.MarkPermanentFailure(new string('x', 5000));
        Assert.Equal(OutgoingEmail.MaxErrorLength, email.LastError!.Length);
    }

    [Theory, BothProviders]
    public async Task A_message_round_trips_through_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var email = Email(to: ["an@example.vn", "binh@example.vn"], replyTo: "hoidap@moj.gov.vn");
        email.MarkSending(Now, Lease);
        email.MarkTemporaryFailure("451 4.3.0 busy", Now.AddMinutes(1), 8);
        await using (var db = database.NewContext())
        {
            db.Add(email);
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var loaded = await read.Set<OutgoingEmail>().SingleAsync();
        Assert.Equal(email.MessageId, loaded.MessageId);
        Assert.Equal("judicial-record.ready", loaded.TemplateKey);
        Assert.Equal(1, loaded.TemplateVersion);
        Assert.Equal("Bộ Tư pháp", loaded.FromName);
        Assert.Equal("hoidap@moj.gov.vn", loaded.ReplyTo);
        Assert.Equal(["an@example.vn", "binh@example.vn"], loaded.To);
        Assert.Equal(email.TextBody, loaded.TextBody);
        Assert.Equal(email.HtmlBody, loaded.HtmlBody);
        Assert.Equal(OutgoingEmailStatus.TemporaryFailure, loaded.Status);
        Assert.Equal(1, loaded.Attempts);
        Assert.Equal("451 4.3.0 busy", loaded.LastError);
        Assert.Equal(Now.AddMinutes(1), loaded.NextAttemptAt);
        Assert.Equal(DateTimeKind.Utc, loaded.NextAttemptAt.Kind);
        Assert.Equal(Now, loaded.LastAttemptAt);
    }

    [Fact]
    public void Deferring_moves_the_due_time_later_without_spending_an_attempt()
    {
        var email = Email();
        email.Defer(Now.AddMinutes(1));
        Assert.Equal((OutgoingEmailStatus.Queued, 0, Now.AddMinutes(1)), (email.Status, email.Attempts, email.NextAttemptAt));
        email.Defer(Now.AddSeconds(10)); // never earlier than already due
        Assert.Equal(Now.AddMinutes(1), email.NextAttemptAt);
    }

    [Fact]
    public void A_sent_message_cannot_be_deferred()
    {
        var email = Email();
        email.MarkSending(Now.AddMinutes(1), Lease.AddMinutes(1));
        email.MarkSent(Now.AddMinutes(2));
        Refused("MAIL_TRANSITION_REFUSED", () => email.Defer(Now.AddMinutes(3)));
    }
}
