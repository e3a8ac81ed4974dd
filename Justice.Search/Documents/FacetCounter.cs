using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Justice.Search.Documents;

/// <summary>
/// Counts the values of facet fields over every matching document. Per segment the counts go by ordinal into an
/// array, and are turned into values once, at the end. The ordinals come from <see cref="FacetOrdinals"/>, plain
/// arrays read once per segment: reading doc values document by document cost a third of a search that matches
/// tens of thousands of documents.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> singleValued, IReadOnlyList<string> multiValued) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals = [];
    private readonly List<(string Field, FacetOrdinals Ordinals, int[] Counts)> _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        foreach (var field in singleValued.Concat(multiValued))
            if (FacetOrdinals.Of(context.AtomicReader, field, multiValued.Contains(field)) is { } ordinals)
                _segment.Add((field, ordinals, new int[ordinals.Values.Length]));
    }

    public void Collect(int doc)
    {
        foreach (var (_, ordinals, counts) in _segment)
        {
            if (ordinals.Starts is not { } starts)
            {
                var ord = ordinals.Ords[doc];
                if (ord >= 0) counts[ord]++;
                continue;
            }
            for (var i = starts[doc]; i < starts[doc + 1]; i++) counts[ordinals.Ords[i]]++;
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
        foreach (var (field, ordinals, counts) in _segment)
            for (var ord = 0; ord < counts.Length; ord++)
                if (counts[ord] > 0)
                    Add(field, ordinals.Values[ord], counts[ord]);
        _segment.Clear();
    }

    private void Add(string field, string value, int count)
    {
        if (!_totals.TryGetValue(field, out var byValue)) _totals[field] = byValue = new Dictionary<string, int>(StringComparer.Ordinal);
        byValue[value] = byValue.GetValueOrDefault(value) + count;
    }
}
