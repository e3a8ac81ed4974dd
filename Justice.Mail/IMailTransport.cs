using Justice.Domain.Mail;

namespace Justice.Mail;

/// <summary>Delivers messages; a session is one batch, so an SMTP connection is opened once and reused.</summary>
public interface IMailTransport
{
    Task<IMailTransportSession> OpenSessionAsync(CancellationToken cancellationToken);
}

public interface IMailTransportSession : IAsyncDisposable
{
    /// <summary>Never throws for a delivery problem: the outcome says whether to retry.</summary>
    Task<MailSendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}

public enum MailSendResult { Sent, TemporaryFailure, PermanentFailure }

/// <param name="ConnectionLost">The transport could not reach the server: the rest of the batch is not attempted.</param>
public readonly record struct MailSendOutcome(MailSendResult Result, string? Error = null, bool ConnectionLost = false)
{
    public static MailSendOutcome Sent { get; } = new(MailSendResult.Sent);
    public static MailSendOutcome Temporary(string error, bool connectionLost = false) => new(MailSendResult.TemporaryFailure, error, connectionLost);
    public static MailSendOutcome Permanent(string error) => new(MailSendResult.PermanentFailure, error);
}
