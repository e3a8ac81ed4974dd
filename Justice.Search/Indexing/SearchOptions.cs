namespace Justice.Search.Indexing;

/// <summary>Settings under <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>How often the outbox is checked for changes to index.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Outbox messages applied per index commit.</summary>
    public int BatchSize { get; set; } = 200;
    /// <summary>Run the index sync (and the rebuild of a missing index) in this process.</summary>
    public bool SyncEnabled { get; set; } = true;
    /// <summary>Attempts before a message that keeps failing is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>
    /// Where this node keeps its indexes; default <c>search/</c> in the data folder. Each node has its own
    /// index (Lucene allows one writer per folder), so nodes that share a data folder set their own path here.
    /// </summary>
    public string? IndexPath { get; set; }
}
