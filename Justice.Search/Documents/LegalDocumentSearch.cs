using Justice.Domain.LegalDocuments;
using Justice.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Justice.Search.Documents;

/// <summary>
/// Searches legal documents (<see cref="DocumentFields"/>): text as in article search but most of its words
/// required, filters on metadata, facet counts of every dimension, sorting by relevance or issue date, paging,
/// an HTML snippet per hit, and a suggestion when nothing is found. Never throws while the index is rebuilt:
/// the result is empty and says so.
/// </summary>
public sealed class LegalDocumentSearch : IDisposable
{
    public const int MaxLimit = 100;
    /// <summary>Facet values listed per dimension, the most frequent first.</summary>
    public const int MaxFacetValues = 50;
    /// <summary>Share of a query's distinct syllables a document must contain.</summary>
    private const double RequiredSyllables = 0.75;

    private static readonly string[] SingleValuedFacets =
        [DocumentFields.Type, DocumentFields.IssuingBody, DocumentFields.Status, DocumentFields.Year, DocumentFields.Scope];
    private static readonly string[] MultiValuedFacets = [DocumentFields.Field];

    private readonly ISearcherSource _source;
    private readonly DirectorySearcherSource? _owned;
    private readonly SpellingSuggester _suggester = new();

    public LegalDocumentSearch(ISearcherSource source) => _source = source;

    public LegalDocumentSearch(LuceneDirectory directory)
    {
        _owned = new DirectorySearcherSource(directory);
        _source = _owned;
    }

    public ArticleSearchWeights Weights { get; init; } = ArticleSearchWeights.Default;

    public LegalDocumentSearchResult Search(LegalDocumentQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, MaxLimit);
        using var lease = _source.Acquire();
        if (lease.Searcher is not { } searcher) return new(0, [], [], null, lease.Rebuilding);

        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        var built = hasText ? SearchQueries.BuildParts(query.Text!, Weights, RequiredSyllables) : null;
        if (hasText && built is null) return new(0, [], [], null, lease.Rebuilding);

        var wanted = query.Offset + query.Limit;
        var sort = query.Sort switch
        {
            DocumentSort.DateDescending => ByDate(descending: true),
            DocumentSort.DateAscending => ByDate(descending: false),
            _ when built is null => ByDate(descending: true),
            _ => null,
        };
        // Counting facets reads every matching document's values: a third of a search that matches many.
        var facets = query.CountFacets ? new FacetCounter(SingleValuedFacets, MultiValuedFacets) : null;
        TopDocs docs;
        int total;
        if (sort is null && built!.ScoringTerms is { } terms)
        {
            // What matches is counted (with the facets) without scoring; then only the best are ranked, among those.
            var matched = new MatchedDocuments(searcher.IndexReader.MaxDoc);
            searcher.Search(Matching(built.Required ?? AnyOf(terms), query), MultiCollector.Wrap(matched, facets));
            var best = MaxScoreSearch.Search(searcher, terms, wanted, matched.In);
            total = matched.Count;
            docs = new TopDocs(total, best.Skip(query.Offset).ToArray(), best.Length > 0 ? best[0].Score : float.NaN);
        }
        else
        {
            // A quoted phrase ranks with the whole query; a sort by date needs only what matches.
            var combined = Matching(sort is null ? built!.Query : built?.Required ?? built?.Query, query);
            ITopDocsCollector top = sort is null
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
                : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
            searcher.Search(combined, MultiCollector.Wrap((ICollector)top, facets));
            docs = top.GetTopDocs(query.Offset, query.Limit);
            total = top.TotalHits;
        }

        var foldedTerms = hasText ? SearchQueries.FoldedTerms(query.Text!) : [];
        var hits = new List<LegalDocumentHit>(docs.ScoreDocs.Length);
        var reader = new DocumentHitReader(searcher.IndexReader, foldedTerms);
        foreach (var scoreDoc in docs.ScoreDocs) hits.Add(reader.Read(scoreDoc.Doc, scoreDoc.Score));

        var suggestion = total == 0 && hasText ? _suggester.Suggest(searcher.IndexReader, query.Text!) : null;
        return new(total, hits, facets is null ? [] : Facets(facets.Totals()), suggestion, lease.Rebuilding);
    }

    /// <summary>The documents that match <paramref name="text"/> (all when null) and pass every filter of <paramref name="query"/>.</summary>
    private static BooleanQuery Matching(Query? text, LegalDocumentQuery query)
    {
        var matching = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var filter in Filters(query)) matching.Add(filter, Occur.MUST);
        return matching;
    }

    /// <summary>Documents with any of the terms, unscored.</summary>
    private static Query AnyOf(IReadOnlyList<TermQuery> terms)
    {
        var any = new BooleanQuery();
        foreach (var term in terms) any.Add(new TermQuery(term.Term), Occur.SHOULD);
        return new ConstantScoreQuery(any) { Boost = 0 };
    }

    private static IEnumerable<Query> Filters(LegalDocumentQuery query)
    {
        if (AnyOf(DocumentFields.Type, query.Types?.Select(t => t.ToString())) is { } types) yield return types;
        if (AnyOf(DocumentFields.IssuingBody, query.IssuingBodies) is { } issuers) yield return issuers;
        if (AnyOf(DocumentFields.Field, query.Fields) is { } fields) yield return fields;
        if (AnyOf(DocumentFields.Status, query.Statuses?.Select(s => s.ToString())) is { } statuses) yield return statuses;
        if (query.InForceOnly)
            yield return AnyOf(DocumentFields.Status, [nameof(ValidityStatus.InForce), nameof(ValidityStatus.PartlyExpired)])!;
        if (query.FromYear is not null || query.ToYear is not null)
        {
            var from = query.FromYear is { } fromYear ? new DateOnly(Math.Clamp(fromYear, 1, 9999), 1, 1).DayNumber : (int?)null;
            var to = query.ToYear is { } toYear ? new DateOnly(Math.Clamp(toYear, 1, 9999), 12, 31).DayNumber : (int?)null;
            yield return NumericRangeQuery.NewInt32Range(DocumentFields.IssueDay, from, to, true, true);
        }
        switch (query.Scope)
        {
            case DocumentScope.Central:
                yield return AnyOf(DocumentFields.Scope, [DocumentFields.CentralScope])!;
                break;
            case DocumentScope.Local:
                var local = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { new TermQuery(new Term(DocumentFields.Scope, DocumentFields.CentralScope)), Occur.MUST_NOT } };
                yield return local;
                break;
        }
        if (AnyOf(DocumentFields.Scope, query.ProvinceIds?.Select(p => p.ToString())) is { } provinces) yield return provinces;
    }

    /// <summary>A filter matching any of <paramref name="values"/>, scoring nothing; null when there are none.</summary>
    private static Query? AnyOf(string field, IEnumerable<string>? values)
    {
        var list = values?.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
        if (list is null || list.Count == 0) return null;
        var any = new BooleanQuery();
        foreach (var value in list) any.Add(new TermQuery(new Term(field, value.Normalize())), Occur.SHOULD);
        return new ConstantScoreQuery(any) { Boost = 0 };
    }

    private static Sort ByDate(bool descending)
    {
        var byDay = new SortField(DocumentFields.IssueDay, SortFieldType.INT64, descending);
        byDay.SetMissingValue(descending ? long.MinValue : long.MaxValue);
        return new Sort(byDay, SortField.FIELD_DOC);
    }

    private static List<Facet> Facets(Dictionary<string, Dictionary<string, int>> totals) =>
        DocumentFields.FacetDimensions.Select(dimension => new Facet(dimension,
            totals.TryGetValue(dimension, out var values)
                ? values.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(MaxFacetValues)
                    .Select(v => new FacetValue(v.Key, v.Value)).ToList()
                : [])).ToList();

    public void Dispose() => _owned?.Dispose();
}
