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
/// per batch. Replies 4xx and network failures are temporary; 5xx replies are final and kept as the error, unless
/// the server closes the connection right after one (a relay going down, not a refusal): that is retried.
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
                var code = (int)e.StatusCode;
                var reply = $"{code} {e.Message}";
                // After a refused command the session is still usable; a 421 means the server is closing it.
                if (code == 421) await DropAsync();
                if (code < 500) return MailSendOutcome.Temporary(reply);
                // A relay that refuses a message for good says so and keeps the session open for the next one
                // (RFC 5321 §4.1.1.4 leaves the session usable after a refused transaction). A 5xx followed at once by
                // the connection closing is a relay going down half-way through (some answer 554 to the DATA they were
                // cut off in): not a verdict on the message. It is retried; a 5xx means nothing was accepted, so a retry
                // never makes a second copy, and a message the relay really refuses comes back refused on a live session.
                if (!await StillConnectedAsync(cancellationToken))
                {
                    await DropAsync();
                    return MailSendOutcome.Temporary($"{reply} (máy chủ đóng kết nối ngay sau trả lời, sẽ gửi lại)", connectionLost: true);
                }
                return MailSendOutcome.Permanent(reply);
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

        /// <summary>Whether the server still answers on this session (a NOOP), after it refused a message.</summary>
        private async Task<bool> StillConnectedAsync(CancellationToken cancellationToken)
        {
            if (_client is not { IsConnected: true } client) return false;
            try
            {
                await client.NoOpAsync(cancellationToken);
                return true;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is SmtpProtocolException or IOException
                or SocketException or ServiceNotConnectedException or SmtpCommandException or TimeoutException or OperationCanceledException)
            {
                return false;
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
