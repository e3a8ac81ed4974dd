using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Justice.Search.Documents;

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

    /// <summary>A document's value of a single-valued field; null when it has none.</summary>
    public string? ValueOf(int doc) => Ords[doc] is var ord and >= 0 ? Values[ord] : null;

    /// <summary>A document's values of a multi-valued field, in value order.</summary>
    public List<string> ValuesOf(int doc)
    {
        var all = new List<string>();
        for (var i = Starts![doc]; i < Starts[doc + 1]; i++) all.Add(Values[Ords[i]]);
        return all;
    }

    /// <summary>The field's ordinals in <paramref name="reader"/>; null when the segment has no such doc values.</summary>
    public static FacetOrdinals? Of(AtomicReader reader, string field, bool multiValued) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, FacetOrdinals?>(StringComparer.Ordinal))
            .GetOrAdd(field, _ => multiValued ? ReadMulti(reader, field) : ReadSingle(reader, field));

    private static FacetOrdinals? ReadSingle(AtomicReader reader, string field)
    {
        if (reader.GetSortedDocValues(field) is not { } docValues) return null;
        var ords = new int[reader.MaxDoc];
        for (var doc = 0; doc < ords.Length; doc++) ords[doc] = docValues.GetOrd(doc);
        return new FacetOrdinals(ByOrdinal(docValues.ValueCount, docValues.LookupOrd), ords, null);
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
        return new FacetOrdinals(ByOrdinal((int)docValues.ValueCount, (ord, term) => docValues.LookupOrd(ord, term)), [.. ords], starts);
    }

    /// <summary>The field's values, decoded once, by ordinal.</summary>
    private static string[] ByOrdinal(int count, Action<int, BytesRef> lookup)
    {
        var values = new string[count];
        var term = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, term);
            values[ord] = term.Utf8ToString();
        }
        return values;
    }
}
