using System.Text.Json;
using Justice.Domain.Outbox;
using Justice.Domain.Persistence;

namespace Justice.Search.Indexing;

/// <summary>
/// How a change reaches the search indexes: whoever changes a legal document or a Code topic calls one of these
/// with the context that holds the change, before its <c>SaveChanges</c>, so the outbox row commits (or not)
/// with the change. <see cref="SearchIndexSync"/> drains exactly these topics and leaves every other one alone.
/// </summary>
public static class SearchOutbox
{
    /// <summary>A legal document was created, edited or deleted: payload <c>{"id": "…"}</c>.</summary>
    public const string DocumentChangedTopic = "search.document-changed";
    /// <summary>A Code topic (đề mục), its articles or its status changed: payload <c>{"id": "…"}</c>.</summary>
    public const string CodeTopicChangedTopic = "search.code-topic-changed";

    public static readonly IReadOnlyList<string> Topics = [DocumentChangedTopic, CodeTopicChangedTopic];

    public static OutboxMessage DocumentChanged(JusticeDbContext db, Guid documentId, TimeProvider? clock = null) =>
        Add(db, DocumentChangedTopic, documentId, clock);

    public static OutboxMessage CodeTopicChanged(JusticeDbContext db, Guid topicId, TimeProvider? clock = null) =>
        Add(db, CodeTopicChangedTopic, topicId, clock);

    private static OutboxMessage Add(JusticeDbContext db, string topic, Guid id, TimeProvider? clock)
    {
        var message = new OutboxMessage(topic, JsonSerializer.Serialize(new Payload(id)), (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        db.Add(message);
        return message;
    }

    internal static Guid IdOf(OutboxMessage message) =>
        JsonSerializer.Deserialize<Payload>(message.Payload)?.Id ?? throw new InvalidDataException($"Outbox message {message.Id}: no id.");

    internal sealed record Payload([property: System.Text.Json.Serialization.JsonPropertyName("id")] Guid Id);
}
