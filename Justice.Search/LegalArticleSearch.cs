using System.Text;
using System.Text.RegularExpressions;
using Justice.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Justice.Search;

/// <summary>A span of a snippet that matched the query: <c>snippet.Substring(Start, Length)</c>.</summary>
public readonly record struct SnippetHighlight(int Start, int Length);

/// <summary>One ranked article, with the passage of its text that best matches the query and the matched words in it.</summary>
public sealed record ArticleHit(
    Guid DocumentId,
    string? DocumentNumber,
    string DocumentTitle,
    string ArticleNumber,
    string? ArticleTitle,
    float Score,
    string Snippet,
    IReadOnlyList<SnippetHighlight> Highlights);

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

/// <summary>
/// Searches the article index (<see cref="ArticleIndexBuilder"/>) with BM25. A query is built in code:
/// every folded syllable, every folded syllable bigram and every exact-diacritics syllable is a scoring
/// clause (so phrases and exact spellings weigh more), matches in the headings weigh a little more, whole
/// document numbers weigh most, quoted phrases
/// must occur, and legal abbreviations (BLDS, NĐ…) add their expansion.
/// </summary>
public sealed partial class LegalArticleSearch : IDisposable
{
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LegalArticleSearch(LuceneDirectory directory, ArticleSearchWeights? weights = null)
    {
        _reader = DirectoryReader.Open(directory);
        Weights = weights ?? ArticleSearchWeights.Default;
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(Weights.K1, Weights.B) };
    }

    public ArticleSearchWeights Weights { get; }

    /// <summary>BM25 for indexing: its length norms do not depend on k1 and b, which the searcher sets.</summary>
    public static Similarity CreateSimilarity() => new BM25Similarity();

    public IReadOnlyList<ArticleHit> Search(string query, int first = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        var built = BuildQuery(query);
        if (built is null) return [];
        var top = _searcher.Search(built, first);
        var foldedTerms = ArticleFields.Folded.Terms(query).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var hits = new List<ArticleHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = _searcher.Doc(scoreDoc.Doc);
            var (snippet, highlights) = Snippet(doc.Get(ArticleFields.ArticleText) ?? "", foldedTerms);
            hits.Add(new ArticleHit(
                Guid.Parse(doc.Get(ArticleFields.DocumentId)),
                doc.Get(ArticleFields.DocumentNumber),
                doc.Get(ArticleFields.DocumentTitle),
                doc.Get(ArticleFields.ArticleNumber),
                doc.Get(ArticleFields.ArticleTitle),
                scoreDoc.Score,
                snippet,
                highlights));
        }
        return hits;
    }

    /// <summary>The Lucene query for <paramref name="text"/>; null when it has no searchable word.</summary>
    public Query? BuildQuery(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var query = new BooleanQuery();
        var scoring = new BooleanQuery();

        foreach (Match quoted in QuotedPhrase().Matches(normalized))
        {
            var phrase = Phrase(ArticleFields.Body, ArticleFields.Folded, quoted.Groups[1].Value);
            if (phrase is null) continue;
            query.Add(phrase, Occur.MUST);
            var exact = Phrase(ArticleFields.BodyExact, ArticleFields.Exact, quoted.Groups[1].Value);
            if (exact is not null)
            {
                exact.Boost = Weights.Exact * 2;
                scoring.Add(exact, Occur.SHOULD);
            }
        }

        var unquoted = QuotedPhrase().Replace(normalized, m => " " + m.Groups[1].Value + " ");
        AddTerms(scoring, unquoted);
        foreach (var expansion in LegalSynonyms.ExpansionsIn(unquoted)) AddTerms(scoring, expansion);

        if (scoring.Clauses.Count == 0 && query.Clauses.Count == 0) return null;
        if (scoring.Clauses.Count > 0) query.Add(scoring, query.Clauses.Count == 0 ? Occur.MUST : Occur.SHOULD);
        return query;
    }

    private void AddTerms(BooleanQuery query, string text)
    {
        foreach (var (term, _, type) in ArticleFields.Folded.Terms(text))
            query.Add(Clause(ArticleFields.Body, term, type == SyllableTokenizer.NumberType ? Weights.DocumentNumber : Weights.Syllable), Occur.SHOULD);
        if (Weights.Bigram > 0)
            foreach (var (term, _, _) in ArticleFields.Bigrams.Terms(text))
                query.Add(Clause(ArticleFields.BodyBigrams, term, Weights.Bigram), Occur.SHOULD);
        if (Weights.Heading > 0)
        {
            foreach (var (term, _, _) in ArticleFields.Folded.Terms(text))
                query.Add(Clause(ArticleFields.Heading, term, Weights.Heading), Occur.SHOULD);
            foreach (var (term, _, _) in ArticleFields.Bigrams.Terms(text))
                query.Add(Clause(ArticleFields.HeadingBigrams, term, Weights.Heading), Occur.SHOULD);
        }
        if (Weights.Exact > 0)
            foreach (var (term, _, type) in ArticleFields.Exact.Terms(text))
                if (type != SyllableTokenizer.NumberType)
                    query.Add(Clause(ArticleFields.BodyExact, term, Weights.Exact), Occur.SHOULD);
    }

    private static TermQuery Clause(string field, string term, float boost) => new(new Term(field, term)) { Boost = boost };

    private static PhraseQuery? Phrase(string field, VietnameseAnalyzer analyzer, string text)
    {
        var terms = analyzer.Terms(text);
        if (terms.Count == 0) return null;
        var phrase = new PhraseQuery();
        foreach (var (term, position, _) in terms) phrase.Add(new Term(field, term), position);
        return phrase;
    }

    /// <summary>
    /// The line of the article that holds most of the query's syllables, cut around its first match when
    /// long, with the spans of the matching words.
    /// </summary>
    private static (string Snippet, IReadOnlyList<SnippetHighlight> Highlights) Snippet(string text, HashSet<string> foldedTerms)
    {
        const int MaxLength = 300, Lead = 60;
        var best = "";
        IReadOnlyList<(string Term, int Position, string Type, int Start, int End)> bestTokens = [];
        var bestScore = -1;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = ArticleFields.Folded.Tokens(line);
            var score = tokens.Select(t => t.Term).Distinct().Count(foldedTerms.Contains);
            if (score > bestScore)
            {
                (best, bestTokens, bestScore) = (line, tokens, score);
            }
        }

        var matches = bestTokens.Where(t => foldedTerms.Contains(t.Term)).Select(t => (t.Start, t.End)).Distinct().OrderBy(m => m.Start).ToList();
        var from = 0;
        if (best.Length > MaxLength && matches.Count > 0 && matches[0].Start > Lead)
        {
            from = best.LastIndexOf(' ', matches[0].Start - Lead) + 1;
        }
        var to = Math.Min(best.Length, from + MaxLength);
        if (to < best.Length && best.LastIndexOf(' ', to - 1, to - from) is var space and > 0 && space > from) to = space;
        var prefix = from > 0 ? "…" : "";
        var snippet = prefix + best[from..to].TrimEnd() + (to < best.Length ? "…" : "");
        var highlights = new List<SnippetHighlight>();
        var covered = -1;
        foreach (var (start, end) in matches)
        {
            if (start < from || end > to || start < covered) continue;
            highlights.Add(new SnippetHighlight(start - from + prefix.Length, end - start));
            covered = end;
        }
        return (snippet, highlights);
    }

    public void Dispose() => _reader.Dispose();

    [GeneratedRegex("[\"“”]([^\"“”]+)[\"“”]")]
    private static partial Regex QuotedPhrase();
}
