using Justice.Domain.Auctions;
using Justice.Domain.Common;
using Justice.Domain.Mail;
using Justice.Mail.Calendar;
using Justice.Domain.Persistence;
using MimeKit;

namespace Justice.Mail;

/// <summary>What a flow wants sent; the sender and Reply-To default to the flow's (<see cref="MailOptions.Flows"/>), then to <see cref="MailOptions.From"/>.</summary>
public sealed record EmailDraft(
    string TemplateKey,
    int TemplateVersion,
    IReadOnlyList<string> To,
    string Subject,
    string HtmlBody,
    string TextBody,
    string? ReplyTo = null,
    string? From = null);

/// <summary>
/// Puts messages in the outbox. It only adds to the caller's context: the caller's <c>SaveChanges</c> commits the
/// message together with the change that caused it, or neither.
/// </summary>
public sealed class EmailOutbox(MailOptions options, TimeProvider clock, MailTemplateCatalog templates)
{
    public MailTemplateCatalog Templates { get; } = templates;

    /// <summary>
    /// Renders <paramref name="templateKey"/> in <paramref name="language"/> (<c>vi</c> or <c>en</c>) with
    /// <paramref name="fields"/> and queues it, recording the template key and version. A missing, unexpected or
    /// ill-typed field is refused here (<c>MAIL_TEMPLATE_FIELD_*</c>), before anything is added to the context.
    /// </summary>
    public OutgoingEmail Enqueue(JusticeDbContext db, string templateKey, string language,
        IReadOnlyDictionary<string, object?> fields, IReadOnlyList<string> to, string? replyTo = null, string? from = null)
    {
        var rendered = Templates.Render(templateKey, language, fields);
        return Enqueue(db, new EmailDraft(rendered.TemplateKey, rendered.TemplateVersion, to, rendered.Subject,
            rendered.HtmlBody, rendered.TextBody, replyTo, from));
    }

    /// <summary>
    /// The conference flows: renders and queues <paramref name="templateKey"/> like the plain overload, with
    /// <paramref name="invitation"/> as the message's calendar part. <c>conference.invitation</c> and
    /// <c>conference.changed</c> take a REQUEST, <c>conference.cancelled</c> a CANCEL. The attendees default to the
    /// recipients and the organizer is the invitation's; the calendar is stamped with the current time.
    /// </summary>
    public OutgoingEmail Enqueue(JusticeDbContext db, string templateKey, string language,
        IReadOnlyDictionary<string, object?> fields, IReadOnlyList<string> to, MeetingInvitation invitation,
        string? replyTo = null, string? from = null)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var expected = CalendarMethodFor(templateKey)
            ?? throw new DomainException("MAIL_CALENDAR_TEMPLATE_INVALID", $"Mẫu thư '{templateKey}' không kèm lịch họp.");
        if (invitation.Method != expected)
            throw new DomainException("MAIL_CALENDAR_METHOD_MISMATCH",
                $"Mẫu thư '{templateKey}' phải kèm lịch {expected}, không phải {invitation.Method}.");
        var rendered = Templates.Render(templateKey, language, fields);
        var calendar = (invitation.Attendees.Count > 0 ? invitation : invitation with
        {
            Attendees = (to ?? []).Select(a => new CalendarAttendee(a)).ToList(),
        }).ToICalendar(clock.GetUtcNow().UtcDateTime);
        var email = BuildEmail(new EmailDraft(rendered.TemplateKey, rendered.TemplateVersion, to!, rendered.Subject,
            rendered.HtmlBody, rendered.TextBody, replyTo, from));
        email.AttachCalendar(invitation.Method, calendar);
        db.Add(email);
        return email;
    }

    /// <summary>The calendar method a conference template carries, or null for a template sent without a calendar.</summary>
    public static string? CalendarMethodFor(string templateKey) => templateKey switch
    {
        "conference.invitation" or "conference.changed" => CalendarMethods.Request,
        "conference.cancelled" => CalendarMethods.Cancel,
        _ => null,
    };

    public const string UnsubscribePath = "/dau-gia/huy-dang-ky";

    /// <summary>The one-click unsubscribe link of a subscription, under <see cref="MailOptions.PublicBaseUrl"/>.</summary>
    public string UnsubscribeUrl(AuctionNoticeSubscription subscription) =>
        $"{options.PublicBaseUrl.TrimEnd('/')}{UnsubscribePath}?token={Uri.EscapeDataString(subscription.UnsubscribeToken)}";

    /// <summary>
    /// An <c>auction.notice-matched</c> mail to an active subscriber, in the subscription's language: the unsubscribe
    /// link goes into the text and HTML bodies (<c>unsubscribeUrl</c>, set here) and into the List-Unsubscribe
    /// header with one-click unsubscription (RFC 8058).
    /// </summary>
    public OutgoingEmail EnqueueAuctionNotice(JusticeDbContext db, AuctionNoticeSubscription subscription,
        IReadOnlyDictionary<string, object?> fields)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (!subscription.IsActive)
            throw new DomainException("SUBSCRIPTION_ENDED", "Người đăng ký đã hủy nhận thông báo đấu giá.");
        var url = UnsubscribeUrl(subscription);
        var withLink = new Dictionary<string, object?>(fields) { ["unsubscribeUrl"] = url };
        var email = Enqueue(db, "auction.notice-matched", subscription.Language, withLink, [subscription.Email]);
        email.SetListUnsubscribe(url);
        return email;
    }

    /// <summary>
    /// Renders <paramref name="templateKey"/> once and queues one message per address: each recipient sees only
    /// their own address and has a delivery status of their own. No address, no message.
    /// </summary>
    public IReadOnlyList<OutgoingEmail> EnqueueEach(JusticeDbContext db, string templateKey, string language,
        IReadOnlyDictionary<string, object?> fields, IEnumerable<string> recipients)
    {
        var addresses = recipients.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (addresses.Count == 0) return [];
        var rendered = Templates.Render(templateKey, language, fields);
        return
        [
            .. addresses.Select(address => Enqueue(db, new EmailDraft(rendered.TemplateKey, rendered.TemplateVersion, [address],
                rendered.Subject, rendered.HtmlBody, rendered.TextBody))),
        ];
    }

    public OutgoingEmail Enqueue(JusticeDbContext db, EmailDraft draft)
    {
        var email = BuildEmail(draft);
        db.Add(email);
        return email;
    }

    private OutgoingEmail BuildEmail(EmailDraft draft)
    {
        var flow = options.FlowFor(draft.TemplateKey ?? "");
        var from = ParseSender(draft.From ?? flow?.From ?? options.From);
        var email = new OutgoingEmail(draft.TemplateKey!, draft.TemplateVersion, from.Address, from.Name,
            draft.ReplyTo ?? flow?.ReplyTo ?? options.ReplyTo, draft.To, draft.Subject, draft.HtmlBody, draft.TextBody,
            clock.GetUtcNow().UtcDateTime, options.MessageIdDomain);
        return email;
    }

    private static MailboxAddress ParseSender(string value) =>
        MailboxAddress.TryParse(value, out var mailbox)
            ? mailbox
            : new MailboxAddress(null, value);
}
