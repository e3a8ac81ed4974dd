using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Justice.Search.Indexing;

/// <summary>
/// A searcher borrowed for one search. <see cref="Searcher"/> is null while the index is being rebuilt from
/// scratch: the search answers nothing, flagged, instead of failing.
/// </summary>
public readonly struct SearcherLease(IndexSearcher? searcher, Action<IndexSearcher>? release, bool rebuilding) : IDisposable
{
    public IndexSearcher? Searcher { get; } = searcher;
    public bool Rebuilding { get; } = rebuilding;

    public void Dispose()
    {
        if (Searcher is not null) release?.Invoke(Searcher);
    }
}

/// <summary>Where a search service gets its searcher: a fixed reader, or the host's refreshed one.</summary>
public interface ISearcherSource
{
    SearcherLease Acquire();
}

/// <summary>A point-in-time reader over a directory (tests, benchmarks, the evaluator).</summary>
public sealed class DirectorySearcherSource : ISearcherSource, IDisposable
{
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public DirectorySearcherSource(LuceneDirectory directory, Similarity? similarity = null)
    {
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity ?? new BM25Similarity() };
    }

    public SearcherLease Acquire() => new(_searcher, null, false);

    public void Dispose() => _reader.Dispose();
}

/// <summary>Searchers with BM25 (and its k1, b) for every reader a <see cref="SearcherManager"/> opens.</summary>
internal sealed class Bm25SearcherFactory(float k1 = 1.2f, float b = 0.75f) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity(k1, b) };
}
