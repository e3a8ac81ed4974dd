using Justice.Domain.Mail;
using MimeKit;
using MimeKit.Cryptography;

namespace Justice.Mail;

/// <summary>The wire form of an outgoing e-mail: the stored Message-ID, and text + HTML as multipart/alternative.</summary>
public static class MimeMessageFactory
{
    public const string TemplateHeader = "X-Justice-Template";

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
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        if (signer is not null)
        {
            // Fix the transfer encodings first: a relay that re-encodes the body would break the signature.
            message.Prepare(EncodingConstraint.SevenBit);
            signer.Sign(message, SignedHeaders.ToList());
        }
        return message;
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
