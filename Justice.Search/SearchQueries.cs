using System.Text;
using System.Text.RegularExpressions;
using Justice.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Justice.Search;

/// <summary>
/// Builds a query in code over the fields both indexes share (<see cref="ArticleFields.Body"/> and
/// <see cref="ArticleFields.Heading"/>): every folded syllable, every folded bigram and every exact-diacritics syllable
/// is a scoring clause, whole document numbers weigh most, quoted phrases must occur, abbreviations add their
/// expansion. A term the query holds twice is one clause of twice the weight: BM25 sums clause scores, so the
/// ranking is the same and the postings are read once.
/// </summary>
internal static partial class SearchQueries
{
    /// <summary>A question is read up to this many syllables: a longer text is a document, not a question, and each syllable costs clauses.</summary>
    public const int MaxSyllables = 150;

    /// <summary>
    /// The query; its scoring term clauses when it has no phrase (it ranks by their weighted sum); and the clause that
    /// decides what matches when it is not "any of the terms" (most of the syllables, for documents).
    /// </summary>
    public sealed record Built(Query Query, IReadOnlyList<TermQuery>? ScoringTerms, Query? Required)
    {
        /// <summary>The terms, when the query is nothing but their weighted sum (then <see cref="MaxScoreSearch"/> can run it).</summary>
        public IReadOnlyList<TermQuery>? TermsOnly => Required is null ? ScoringTerms : null;
    }

    public static Query? Build(string text, ArticleSearchWeights weights, double minimumSyllables = 0) =>
        BuildParts(text, weights, minimumSyllables)?.Query;

    /// <param name="minimumSyllables">When above zero, at least this share (0–1] of the distinct folded syllables must match.</param>
    public static Built? BuildParts(string text, ArticleSearchWeights weights, double minimumSyllables = 0)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var query = new BooleanQuery();
        var scoring = new BooleanQuery();

        foreach (Match quoted in QuotedPhrase().Matches(normalized))
        {
            var phrase = Phrase(ArticleFields.Body, ArticleFields.Folded, quoted.Groups[1].Value);
            if (phrase is null) continue;
            query.Add(phrase, Occur.MUST);
            var exact = Phrase(ArticleFields.Body, ArticleFields.Exact, quoted.Groups[1].Value, ArticleFields.ExactTerm);
            if (exact is not null)
            {
                exact.Boost = weights.Exact * 2;
                scoring.Add(exact, Occur.SHOULD);
            }
        }

        var unquoted = Capped(QuotedPhrase().Replace(normalized, m => " " + m.Groups[1].Value + " "));
        var clauses = new Dictionary<(string Field, string Term), float>();
        AddTerms(clauses, unquoted, weights);
        foreach (var expansion in LegalSynonyms.ExpansionsIn(unquoted)) AddTerms(clauses, expansion, weights);
        foreach (var ((field, term), boost) in clauses) scoring.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);

        var hasPhrase = query.Clauses.Count > 0;
        Query? requiredClause = null;
        if (minimumSyllables > 0 && !hasPhrase)
        {
            // Documents answer a few words, not a question: most of the words must be there.
            var syllables = ArticleFields.Folded.Terms(unquoted)
                .Where(t => t.Type != SyllableTokenizer.NumberType).Select(t => t.Term).Distinct().ToList();
            if (syllables.Count > 0)
            {
                var required = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(syllables.Count * minimumSyllables)) };
                foreach (var syllable in syllables) required.Add(new TermQuery(new Term(ArticleFields.Body, syllable)), Occur.SHOULD);
                var numbers = ArticleFields.Folded.Terms(unquoted).Where(t => t.Type == SyllableTokenizer.NumberType).ToList();
                if (numbers.Count == 0)
                {
                    requiredClause = new ConstantScoreQuery(required) { Boost = 0 };
                    query.Add(requiredClause, Occur.MUST);
                }
            }
        }

        if (scoring.Clauses.Count == 0 && query.Clauses.Count == 0) return null;
        var scoringTerms = !hasPhrase && scoring.Clauses.All(c => c.Query is TermQuery)
            ? scoring.Clauses.Select(c => (TermQuery)c.Query).ToList()
            : null;
        if (scoring.Clauses.Count > 0) query.Add(scoring, query.Clauses.Count == 0 ? Occur.MUST : Occur.SHOULD);
        return new Built(query, scoringTerms, requiredClause);
    }

    /// <summary>The text up to its <see cref="MaxSyllables"/>th syllable.</summary>
    private static string Capped(string text)
    {
        var tokens = ArticleFields.Folded.Tokens(text);
        return tokens.Count <= MaxSyllables ? text : text[..tokens[MaxSyllables].Start];
    }

    /// <summary>The folded syllables of a query, for snippets.</summary>
    public static HashSet<string> FoldedTerms(string text) =>
        ArticleFields.Folded.Terms(text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    private static void AddTerms(Dictionary<(string Field, string Term), float> clauses, string text, ArticleSearchWeights weights)
    {
        void Add(string field, string term, float boost) =>
            clauses[(field, term)] = clauses.GetValueOrDefault((field, term)) + boost;

        var folded = ArticleFields.Folded.Terms(text);
        foreach (var (term, _, type) in folded)
            Add(ArticleFields.Body, term, type == SyllableTokenizer.NumberType ? weights.DocumentNumber : weights.Syllable);
        var bigrams = weights.Bigram > 0 || weights.Heading > 0 ? ArticleFields.Bigrams.Terms(text) : [];
        if (weights.Bigram > 0)
            foreach (var (term, _, _) in bigrams) Add(ArticleFields.Body, term, weights.Bigram);
        if (weights.Heading > 0)
        {
            foreach (var (term, _, _) in folded) Add(ArticleFields.Heading, term, weights.Heading);
            foreach (var (term, _, _) in bigrams) Add(ArticleFields.Heading, term, weights.Heading);
        }
        if (weights.Exact > 0)
            foreach (var (term, _, type) in ArticleFields.Exact.Terms(text))
                if (type != SyllableTokenizer.NumberType)
                    Add(ArticleFields.Body, ArticleFields.ExactTerm(term), weights.Exact);
    }

    private static PhraseQuery? Phrase(string field, VietnameseAnalyzer analyzer, string text, Func<string, string>? form = null)
    {
        // The exact forms of a document number are its parts'; the whole is indexed folded only.
        var terms = analyzer.Terms(text).Where(t => form is null || t.Type != SyllableTokenizer.NumberType).ToList();
        if (terms.Count == 0) return null;
        var phrase = new PhraseQuery();
        foreach (var (term, position, _) in terms) phrase.Add(new Term(field, form is null ? term : form(term)), position);
        return phrase;
    }

    [GeneratedRegex("[\"“”]([^\"“”]+)[\"“”]")]
    private static partial Regex QuotedPhrase();
}
