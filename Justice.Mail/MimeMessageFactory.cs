using Justice.Domain.Mail;
using MimeKit;

namespace Justice.Mail;

/// <summary>The wire form of an outgoing e-mail: the stored Message-ID, and text + HTML as multipart/alternative.</summary>
public static class MimeMessageFactory
{
    public const string TemplateHeader = "X-Justice-Template";

    public static MimeMessage Create(OutgoingEmail email)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(email.FromName, email.FromAddress));
        if (email.ReplyTo is not null) message.ReplyTo.Add(MailboxAddress.Parse(email.ReplyTo));
        foreach (var to in email.To) message.To.Add(MailboxAddress.Parse(to));
        message.Subject = email.Subject;
        // MimeKit writes the angle brackets itself.
        message.MessageId = email.MessageId.Trim('<', '>');
        message.Date = new DateTimeOffset(email.CreatedAt, TimeSpan.Zero);
        message.Headers.Add(TemplateHeader, $"{email.TemplateKey}; version={email.TemplateVersion}");
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }
}
