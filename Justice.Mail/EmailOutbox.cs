using Justice.Domain.Mail;
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

    public OutgoingEmail Enqueue(JusticeDbContext db, EmailDraft draft)
    {
        var flow = options.FlowFor(draft.TemplateKey ?? "");
        var from = ParseSender(draft.From ?? flow?.From ?? options.From);
        var email = new OutgoingEmail(draft.TemplateKey!, draft.TemplateVersion, from.Address, from.Name,
            draft.ReplyTo ?? flow?.ReplyTo ?? options.ReplyTo, draft.To, draft.Subject, draft.HtmlBody, draft.TextBody,
            clock.GetUtcNow().UtcDateTime, options.MessageIdDomain);
        db.Add(email);
        return email;
    }

    private static MailboxAddress ParseSender(string value) =>
        MailboxAddress.TryParse(value, out var mailbox)
            ? mailbox
            : new MailboxAddress(null, value);
}
