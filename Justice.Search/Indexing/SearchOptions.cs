namespace Justice.Search.Indexing;

/// <summary>Settings under <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>How often the outbox is checked for changes to index.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Outbox messages applied per index commit.</summary>
    public int BatchSize { get; set; } = 500;
    /// <summary>Run the index sync (and the rebuild of a missing index) in this process.</summary>
    public bool SyncEnabled { get; set; } = true;
    /// <summary>
    /// How late an outbox row may commit after its id was made (the longest transaction that writes one, plus the
    /// clock difference between nodes): each node reads this far back again to apply such rows (<see cref="OutboxCheckpoint"/>).
    /// </summary>
    public TimeSpan LateCommitWindow { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>
    /// Where this node keeps its indexes; default <c>search/</c> in the data folder. Each node has its own
    /// index (Lucene allows one writer per folder) and its own place in the outbox, so nodes that share a data
    /// folder set their own path here.
    /// </summary>
    public string? IndexPath { get; set; }
}
