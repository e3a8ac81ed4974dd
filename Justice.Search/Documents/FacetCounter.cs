using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Justice.Search.Documents;

/// <summary>
/// Counts the values of facet fields over every matching document, from their doc values: per segment the
/// counts go by ordinal into an array, and are turned into values once, at the end.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> singleValued, IReadOnlyList<string> multiValued) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals = [];
    private readonly List<(string Field, SortedDocValues Values, int[] Counts)> _segmentSingle = [];
    private readonly List<(string Field, SortedSetDocValues Values, int[] Counts)> _segmentMulti = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        foreach (var field in singleValued)
            if (context.AtomicReader.GetSortedDocValues(field) is { } values)
                _segmentSingle.Add((field, values, new int[values.ValueCount]));
        foreach (var field in multiValued)
            if (context.AtomicReader.GetSortedSetDocValues(field) is { } values)
                _segmentMulti.Add((field, values, new int[(int)values.ValueCount]));
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, counts) in _segmentSingle)
        {
            var ord = values.GetOrd(doc);
            if (ord >= 0) counts[ord]++;
        }
        foreach (var (_, values, counts) in _segmentMulti)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
        }
    }

    /// <summary>Field → value → number of matching documents.</summary>
    public Dictionary<string, Dictionary<string, int>> Totals()
    {
        FlushSegment();
        return _totals;
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        foreach (var (field, values, counts) in _segmentSingle)
            for (var ord = 0; ord < counts.Length; ord++)
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    Add(field, term.Utf8ToString(), counts[ord]);
                }
        foreach (var (field, values, counts) in _segmentMulti)
            for (var ord = 0; ord < counts.Length; ord++)
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    Add(field, term.Utf8ToString(), counts[ord]);
                }
        _segmentSingle.Clear();
        _segmentMulti.Clear();
    }

    private void Add(string field, string value, int count)
    {
        if (!_totals.TryGetValue(field, out var byValue)) _totals[field] = byValue = new Dictionary<string, int>(StringComparer.Ordinal);
        byValue[value] = byValue.GetValueOrDefault(value) + count;
    }
}
