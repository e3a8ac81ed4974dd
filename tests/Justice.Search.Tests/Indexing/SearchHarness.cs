using Justice.Domain.Persistence;
using Justice.Search.Indexing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Justice.Search.Tests.Indexing;

/// <summary>A fresh database, an index folder and the sync between them; everything is removed at the end.</summary>
internal sealed class SearchHarness : IAsyncDisposable
{
    private readonly List<Node> _otherNodes = [];

    private SearchHarness(TestDatabase database, string folder)
    {
        Database = database;
        Folder = folder;
        Index = new SearchIndexHost(folder);
        Sync = NewSync(Index);
    }

    public TestDatabase Database { get; }
    public string Folder { get; }
    public SearchIndexHost Index { get; private set; }
    public SearchIndexSync Sync { get; private set; }
    public SearchOptions Options { get; } = new() { PollInterval = TimeSpan.FromMilliseconds(50) };

    public static async Task<SearchHarness> CreateAsync(DatabaseProvider provider) =>
        new(await TestDatabase.CreateAsync(provider), Path.Combine(Path.GetTempPath(), "justice-search-" + Guid.NewGuid().ToString("N")));

    public SearchIndexSync NewSync(SearchIndexHost index) =>
        new(index, new SearchDatabase(Database.NewContext), Options, TimeProvider.System, NullLogger<SearchIndexSync>.Instance);

    /// <summary>Another node on the same database: its own index folder and its own sync.</summary>
    public Node AddNode()
    {
        var folder = Folder + "-node" + (_otherNodes.Count + 2);
        var index = new SearchIndexHost(folder);
        var node = new Node(folder, index, NewSync(index));
        _otherNodes.Add(node);
        return node;
    }

    /// <summary>Closes a node's index and opens it again from its folder, as a restarted node would.</summary>
    public async Task<Node> RestartAsync(Node node, Func<Task>? whileClosed = null)
    {
        node.Sync.Dispose();
        node.Index.Dispose();
        if (whileClosed is not null) await whileClosed();
        var index = new SearchIndexHost(node.Folder);
        var restarted = new Node(node.Folder, index, NewSync(index));
        _otherNodes[_otherNodes.IndexOf(node)] = restarted;
        return restarted;
    }

    /// <summary>Closes the index and opens it again from its folder, as a restarted host would.</summary>
    public void Restart(Action<string>? whileClosed = null)
    {
        Sync.Dispose();
        Index.Dispose();
        whileClosed?.Invoke(Folder);
        Index = new SearchIndexHost(Folder);
        Sync = NewSync(Index);
    }

    public async ValueTask DisposeAsync()
    {
        Sync.Dispose();
        Index.Dispose();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        foreach (var node in _otherNodes)
        {
            node.Sync.Dispose();
            node.Index.Dispose();
            if (Directory.Exists(node.Folder)) Directory.Delete(node.Folder, recursive: true);
        }
        await Database.DisposeAsync();
    }
}

/// <summary>One node of several sharing a database: an index folder and the sync that feeds it.</summary>
internal sealed record Node(string Folder, SearchIndexHost Index, SearchIndexSync Sync);
