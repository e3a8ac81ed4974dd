using Justice.Domain.Mail;
using Microsoft.Extensions.Logging;
using MimeKit.Cryptography;

namespace Justice.Mail;

/// <summary>
/// The embedded default when no SMTP host is configured: each message becomes an <c>.eml</c> file in the pickup
/// folder (open it with any mail client). The file is named after the Message-ID, so a message sent again after a
/// crash replaces its first copy instead of adding a second one.
/// </summary>
public sealed class PickupFolderMailTransport(string folder, ILogger<PickupFolderMailTransport> logger, DkimSigner? signer = null)
    : IMailTransport
{
    private readonly ILogger _logger = logger;
    private readonly DkimSigner? _signer = signer;

    public string Folder { get; } = folder;

    public Task<IMailTransportSession> OpenSessionAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        return Task.FromResult<IMailTransportSession>(new Session(this));
    }

    public string PathFor(OutgoingEmail email)
    {
        var id = email.MessageId.Trim('<', '>');
        var safe = string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '@' ? c : '_'));
        return Path.Combine(Folder, safe + ".eml");
    }

    private sealed class Session(PickupFolderMailTransport transport) : IMailTransportSession
    {
        public async Task<MailSendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
        {
            var path = transport.PathFor(email);
            var temporary = path + ".tmp";
            try
            {
                await using (var stream = File.Create(temporary))
                    await MimeMessageFactory.Create(email, transport._signer).WriteToAsync(stream, cancellationToken);
                // A reader of the folder never sees half a message.
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return MailSendOutcome.Temporary($"{e.GetType().Name}: {e.Message}", connectionLost: true);
            }
            transport._logger.LogInformation("Mail {MessageId} to {To} written to {Path}", email.MessageId, email.ToAddresses, path);
            return MailSendOutcome.Sent;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
