using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

/// <summary>
/// One facet field of one segment as arrays: its values by ordinal, and each document's ordinal (-1 for none) or,
/// for a field of several values, each document's run of ordinals (<see cref="Starts"/>[doc] to
/// <see cref="Starts"/>[doc + 1] in <see cref="Ords"/>). Kept per segment core, so a segment is read once for as long
/// as it lives, whatever deletions later readers of it carry.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FacetOrdinals?>> BySegment = new();

    private FacetOrdinals(string[] values, int[] ords, int[]? starts)
    {
        Values = values;
        Ords = ords;
        Starts = starts;
    }

    public string[] Values { get; }
    public int[] Ords { get; }
    public int[]? Starts { get; }

    /// <summary>The field's ordinals in <paramref name="reader"/>; null when the segment has no such doc values.</summary>
    public static FacetOrdinals? Of(AtomicReader reader, string field, bool multiValued) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, FacetOrdinals?>(StringComparer.Ordinal))
            .GetOrAdd(field, _ => multiValued ? ReadMulti(reader, field) : ReadSingle(reader, field));

    private static FacetOrdinals? ReadSingle(AtomicReader reader, string field)
    {
        if (reader.GetSortedDocValues(field) is not { } docValues) return null;
        var ords = new int[reader.MaxDoc];
        for (var doc = 0; doc < ords.Length; doc++) ords[doc] = docValues.GetOrd(doc);
        var values = new string[docValues.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, term);
            values[ord] = term.Utf8ToString();
        }
        return new FacetOrdinals(values, ords, null);
    }

    private static FacetOrdinals? ReadMulti(AtomicReader reader, string field)
    {
        if (reader.GetSortedSetDocValues(field) is not { } docValues) return null;
        var starts = new int[reader.MaxDoc + 1];
        var ords = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ords.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
        }
        starts[reader.MaxDoc] = ords.Count;
        var values = new string[docValues.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, term);
            values[ord] = term.Utf8ToString();
        }
        return new FacetOrdinals(values, [.. ords], starts);
    }
}
