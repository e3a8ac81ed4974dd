namespace Justice.Search.Indexing;

/// <summary>
/// What each index commit records besides its documents: the version of the fields and analysis it was written with
/// (an index of another version is rebuilt, not misread) and the node's <see cref="OutboxCheckpoint"/>.
/// </summary>
public static class SearchIndexFormat
{
    /// <summary>2: one stacked body field and one heading field (was five analysed fields). 3: snippet source of 5,000 characters (was 20,000); what a document hit shows is in doc values, nothing stored.</summary>
    public const string Version = "3";

    private const string VersionKey = "justice.search.format";

    public static Dictionary<string, string> CommitData(OutboxCheckpoint checkpoint) =>
        new(checkpoint.ToCommitData()) { [VersionKey] = Version };

    /// <summary>An index of this version that follows no outbox yet: it has to be rebuilt before it is used.</summary>
    public static Dictionary<string, string> Empty() => new() { [VersionKey] = Version };

    /// <summary>Whether a commit was written with this version (an empty index, never committed, is too).</summary>
    public static bool IsCurrent(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(VersionKey, out var version) && version == Version;
}
