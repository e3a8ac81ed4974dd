using Justice.Domain.Persistence;
using Justice.Search.Indexing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Justice.Search.Tests.Indexing;

/// <summary>A fresh database, an index folder and the sync between them; everything is removed at the end.</summary>
internal sealed class SearchHarness : IAsyncDisposable
{
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
        await Database.DisposeAsync();
    }
}
