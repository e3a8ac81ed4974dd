using System.Text;
using Justice.Domain.Mail;
using MimeKit;
using MimeKit.Cryptography;

namespace Justice.Mail;

/// <summary>
/// The wire form of an outgoing e-mail: the stored Message-ID, and text + HTML as multipart/alternative. A message
/// with a calendar part is multipart/mixed: the alternative also holds the <c>text/calendar; method=…</c> part
/// (what Outlook acts on), and the same object follows as an <c>invite.ics</c> attachment (for other clients).
/// </summary>
public static class MimeMessageFactory
{
    public const string TemplateHeader = "X-Justice-Template";
    public const string CalendarFileName = "invite.ics";
    public const string ListUnsubscribePost = "List-Unsubscribe-Post";
    /// <summary>RFC 8058: the body a mail client POSTs to the List-Unsubscribe link.</summary>
    public const string OneClick = "List-Unsubscribe=One-Click";

    /// <summary>The headers covered by the DKIM signature.</summary>
    public static readonly IReadOnlyList<HeaderId> SignedHeaders =
        [HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId];

    public static MimeMessage Create(OutgoingEmail email) => Create(email, signer: null);

    /// <summary>The message, DKIM-signed (relaxed/relaxed) when a signer is given.</summary>
    public static MimeMessage Create(OutgoingEmail email, DkimSigner? signer)
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
        if (email.ListUnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add(HeaderId.ListUnsubscribe, $"<{unsubscribe}>");
            message.Headers.Add(HeaderId.ListUnsubscribePost, OneClick);
        }
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        message.Body = email.HasCalendar ? WithCalendar(body, email.CalendarMethod!, email.CalendarContent!) : body;
        if (signer is not null)
        {
            // Fix the transfer encodings first: a relay that re-encodes the body would break the signature.
            message.Prepare(EncodingConstraint.SevenBit);
            // RFC 8058 §4: the one-click headers must be covered by the signature too.
            signer.Sign(message, email.ListUnsubscribeUrl is null ? SignedHeaders.ToList()
                : [.. SignedHeaders, HeaderId.ListUnsubscribe, HeaderId.ListUnsubscribePost]);
        }
        return message;
    }

    private static MimeEntity WithCalendar(MimeEntity body, string method, string content)
    {
        var alternative = body as MultipartAlternative ?? new MultipartAlternative { body };
        // Base64 keeps the CRLF line endings and the folding byte for byte, whatever the relays do.
        var calendar = new TextPart("calendar") { ContentTransferEncoding = ContentEncoding.Base64 };
        calendar.SetText(Encoding.UTF8, content);
        calendar.ContentType.Parameters.Add("method", method);
        alternative.Add(calendar);

        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(new UTF8Encoding(false).GetBytes(content))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = CalendarFileName,
        };
        return new Multipart("mixed") { alternative, attachment };
    }

    /// <summary>The signer for <c>Mail:Dkim</c>, or null when DKIM is not configured.</summary>
    public static DkimSigner? CreateSigner(DkimOptions dkim)
    {
        if (!dkim.Enabled) return null;
        return new DkimSigner(dkim.PrivateKeyPath!, dkim.Domain!.Trim().ToLowerInvariant(), dkim.Selector!.Trim())
        {
            HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
        };
    }
}
