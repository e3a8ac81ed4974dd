using System.Net.Sockets;
using Justice.Domain.Mail;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit.Cryptography;

namespace Justice.Mail;

/// <summary>
/// Sends through an SMTP relay with MailKit: one connection (TLS and authentication per <see cref="SmtpOptions"/>)
/// per batch. Replies 4xx and network failures are temporary; 5xx replies are final and kept as the error.
/// </summary>
public sealed class SmtpMailTransport(MailOptions options, ILogger<SmtpMailTransport> logger) : IMailTransport
{
    /// <summary>Loaded once: a key that cannot be read stops the host at start rather than failing every message.</summary>
    private readonly DkimSigner? _signer = MimeMessageFactory.CreateSigner(options.Dkim);

    public Task<IMailTransportSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IMailTransportSession>(new Session(options.Smtp, _signer, logger));

    private sealed class Session(SmtpOptions smtp, DkimSigner? signer, ILogger logger) : IMailTransportSession
    {
        private SmtpClient? _client;

        public async Task<MailSendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
        {
            try
            {
                var client = await ConnectedClientAsync(cancellationToken);
                await client.SendAsync(MimeMessageFactory.Create(email, signer), cancellationToken);
                return MailSendOutcome.Sent;
            }
            catch (SmtpCommandException e)
            {
                var reply = $"{(int)e.StatusCode} {e.Message}";
                // After a refused command the session is still usable; a 421 means the server is closing it.
                if ((int)e.StatusCode == 421) await DropAsync();
                return (int)e.StatusCode >= 500 ? MailSendOutcome.Permanent(reply) : MailSendOutcome.Temporary(reply);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is SmtpProtocolException or IOException
                or SocketException or SslHandshakeException or ServiceNotConnectedException or AuthenticationException
                or TimeoutException or OperationCanceledException)
            {
                logger.LogWarning("SMTP {Host}:{Port} unreachable or failed: {Error}", smtp.Host, smtp.EffectivePort, e.Message);
                await DropAsync();
                return MailSendOutcome.Temporary($"{e.GetType().Name}: {e.Message}", connectionLost: true);
            }
        }

        private async Task<SmtpClient> ConnectedClientAsync(CancellationToken cancellationToken)
        {
            if (_client is { IsConnected: true }) return _client;
            await DropAsync();
            var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
            _client = client;
            var security = smtp.UseTls switch
            {
                SmtpTlsMode.Implicit => SecureSocketOptions.SslOnConnect,
                SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            var host = smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set.");
            await client.ConnectAsync(await ConnectSocketAsync(host, cancellationToken), host, smtp.EffectivePort, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            return client;
        }

        /// <summary>
        /// The TCP connection, with Nagle's algorithm off: the end of each message is a small write answered by the
        /// server, which otherwise waits for the delayed acknowledgement of the previous segment (tens of
        /// milliseconds per message).
        /// </summary>
        private async Task<Socket> ConnectSocketAsync(string host, CancellationToken cancellationToken)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(smtp.Timeout);
                await socket.ConnectAsync(host, smtp.EffectivePort, timeout.Token);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        private async Task DropAsync()
        {
            if (_client is null) return;
            try
            {
                if (_client.IsConnected) await _client.DisconnectAsync(true);
            }
            catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
            {
                // The connection is being abandoned anyway.
            }
            _client.Dispose();
            _client = null;
        }

        public async ValueTask DisposeAsync() => await DropAsync();
    }
}
