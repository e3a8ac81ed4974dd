using Justice.Domain.Common;

namespace Justice.Domain.Outbox;

public enum OutboxStatus { Pending, Processing, Done, Failed, DeadLetter }

/// <summary>
/// A side effect to perform after a change commits (mail, index update, message to an outside system),
/// written in the same transaction as the change so nothing is lost or sent without the change.
/// <see cref="Topic"/> names the worker that drains it (e.g. <c>search.document-changed</c>, <c>mail.send</c>).
/// </summary>
public sealed class OutboxMessage : AggregateRoot
{
    private OutboxMessage() { }

    public OutboxMessage(string topic, string payloadJson, DateTime createdAt)
    {
        Topic = VietnameseText.Required(topic, "Chủ đề", 100);
        Payload = payloadJson;
        CreatedAt = createdAt;
        AvailableAt = createdAt;
    }

    public string Topic { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    /// <summary>Not before this time (retry backoff).</summary>
    public DateTime AvailableAt { get; private set; }
    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? ProcessedAt { get; private set; }

    public void MarkDone(DateTime at)
    {
        Status = OutboxStatus.Done;
        ProcessedAt = at;
        Attempts++;
    }

    /// <summary>Records a failed attempt: retried after <paramref name="retryAt"/>, or dead-lettered once attempts run out.</summary>
    public void MarkFailed(string error, DateTime retryAt, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        Status = Attempts >= maxAttempts ? OutboxStatus.DeadLetter : OutboxStatus.Failed;
        AvailableAt = retryAt;
    }
}
