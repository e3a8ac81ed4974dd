using Justice.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Justice.Search;

/// <summary>A span of a snippet that matched the query: <c>snippet.Substring(Start, Length)</c>.</summary>
public readonly record struct SnippetHighlight(int Start, int Length);

/// <summary>One ranked article (of a document, or of the Code with its <see cref="TopicId"/> and the document it comes from), with the passage of its text that best matches the query and the matched words in it.</summary>
public sealed record ArticleHit(
    Guid DocumentId,
    string? DocumentNumber,
    string DocumentTitle,
    string ArticleNumber,
    string? ArticleTitle,
    float Score,
    string Snippet,
    IReadOnlyList<SnippetHighlight> Highlights,
    ArticleKind Kind = ArticleKind.Document,
    Guid? TopicId = null)
{
    /// <summary>The snippet as HTML: text escaped, matches inside <c>&lt;mark&gt;</c>.</summary>
    public string SnippetHtml => Snippets.ToHtml(Snippet, Highlights);
}

/// <summary>
/// How the parts of a query weigh against each other. <see cref="Heading"/> adds a modest extra for the
/// query's syllables and bigrams found in the document or article title (a question naming the law or the
/// subject of the article); <see cref="K1"/> and <see cref="B"/> are BM25's, left at Lucene's defaults.
/// </summary>
public sealed record ArticleSearchWeights(
    float Syllable = 1f, float Bigram = 1f, float Exact = 0.25f, float DocumentNumber = 4f, float Heading = 0.3f,
    float K1 = 1.2f, float B = 0.75f)
{
    public static readonly ArticleSearchWeights Default = new();
}

/// <summary>Which articles to search: those of documents, those of the Code, or both (null).</summary>
public enum ArticleKind
{
    /// <summary>An article (điều) of a legal document.</summary>
    Document,
    /// <summary>An article of the Code (Bộ pháp điển), kept under its topic (đề mục).</summary>
    Code,
}

/// <summary>The ranked articles, and whether the index was being rebuilt (then there are none).</summary>
public sealed record ArticleSearchResult(IReadOnlyList<ArticleHit> Hits, bool IndexRebuilding);

/// <summary>
/// Searches the article index (<see cref="ArticleIndexBuilder"/>) with BM25. A query is built in code:
/// every folded syllable, every folded syllable bigram and every exact-diacritics syllable is a scoring
/// clause (so phrases and exact spellings weigh more), matches in the headings weigh a little more, whole
/// document numbers weigh most, quoted phrases must occur, and legal abbreviations (BLDS, NĐ…) add their
/// expansion. A query that is only a sum of terms (most questions) runs with <see cref="MaxScoreSearch"/>.
/// </summary>
public sealed class LegalArticleSearch : IDisposable
{
    private readonly ISearcherSource _source;
    private readonly DirectorySearcherSource? _owned;

    public LegalArticleSearch(LuceneDirectory directory, ArticleSearchWeights? weights = null)
    {
        Weights = weights ?? ArticleSearchWeights.Default;
        _owned = new DirectorySearcherSource(directory, new BM25Similarity(Weights.K1, Weights.B));
        _source = _owned;
    }

    /// <summary>Over searchers someone else refreshes (<see cref="SearchIndexHost"/>); their similarity is theirs.</summary>
    public LegalArticleSearch(ISearcherSource source, ArticleSearchWeights? weights = null)
    {
        Weights = weights ?? ArticleSearchWeights.Default;
        _source = source;
    }

    public ArticleSearchWeights Weights { get; }

    /// <summary>BM25 for indexing: its length norms do not depend on k1 and b, which the searcher sets.</summary>
    public static Similarity CreateSimilarity() => new BM25Similarity();

    public IReadOnlyList<ArticleHit> Search(string query, int first = 10) => Find(query, first).Hits;

    /// <summary>The best <paramref name="first"/> articles for <paramref name="query"/>, of one <paramref name="kind"/> or of both.</summary>
    public ArticleSearchResult Find(string query, int first = 10, ArticleKind? kind = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        using var lease = _source.Acquire();
        if (lease.Searcher is not { } searcher) return new([], lease.Rebuilding);
        if (SearchQueries.BuildParts(query, Weights) is not { } built) return new([], lease.Rebuilding);
        ScoreDoc[] top;
        if (kind is { } only)
        {
            var ofKind = new BooleanQuery
            {
                { built.Query, Occur.MUST },
                { new TermQuery(new Term(ArticleFields.Kind, ArticleFields.KindValue(only))) { Boost = 0 }, Occur.MUST },
            };
            top = searcher.Search(ofKind, first).ScoreDocs;
        }
        else
        {
            top = built.TermsOnly is { } terms ? MaxScoreSearch.Search(searcher, terms, first) : searcher.Search(built.Query, first).ScoreDocs;
        }
        var foldedTerms = SearchQueries.FoldedTerms(query);
        var hits = new List<ArticleHit>(top.Length);
        foreach (var scoreDoc in top)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            var (snippet, highlights) = Snippets.Best(doc.Get(ArticleFields.ArticleText) ?? "", foldedTerms);
            hits.Add(new ArticleHit(
                Guid.Parse(doc.Get(ArticleFields.DocumentId)),
                doc.Get(ArticleFields.DocumentNumber),
                doc.Get(ArticleFields.DocumentTitle),
                doc.Get(ArticleFields.ArticleNumber),
                doc.Get(ArticleFields.ArticleTitle),
                scoreDoc.Score,
                snippet,
                highlights,
                doc.Get(ArticleFields.Kind) == ArticleFields.KindValue(ArticleKind.Code) ? ArticleKind.Code : ArticleKind.Document,
                doc.Get(ArticleFields.TopicId) is { } topic ? Guid.Parse(topic) : null));
        }
        return new(hits, lease.Rebuilding);
    }

    /// <summary>The Lucene query for <paramref name="text"/>; null when it has no searchable word.</summary>
    public Query? BuildQuery(string text) => SearchQueries.Build(text, Weights);

    public void Dispose() => _owned?.Dispose();
}
