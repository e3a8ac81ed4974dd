using Justice.Domain.LegalDocuments;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Justice.Search.Documents;

/// <summary>
/// Reads the hits of one search from the document index's doc values (<see cref="DocumentFields"/>): each value is
/// read where it lies, where a stored document would be decompressed with its neighbours in the block.
/// </summary>
internal sealed class DocumentHitReader(IndexReader reader, HashSet<string> foldedTerms)
{
    private readonly Dictionary<int, Segment> _segments = [];
    private readonly BytesRef _bytes = new();

    public LegalDocumentHit Read(int doc, float score)
    {
        var leaves = reader.Leaves;
        var index = ReaderUtil.SubIndex(doc, leaves);
        if (!_segments.TryGetValue(index, out var segment)) _segments[index] = segment = new Segment(leaves[index].AtomicReader);
        var local = doc - leaves[index].DocBase;

        return new LegalDocumentHit(
            Guid.Parse(Text(segment.Id, local)!),
            Text(segment.Number, local),
            Text(segment.Title, local) ?? "",
            Enum.Parse<LegalDocumentType>(Value(segment.Type, local)!),
            Value(segment.IssuingBody, local) ?? "",
            Enum.Parse<ValidityStatus>(Value(segment.Status, local)!),
            Values(segment.Fields, local),
            DocumentFields.Day(segment.IssueDay?.Get(local) ?? 0),
            DocumentFields.Day(segment.EffectiveDay?.Get(local) ?? 0),
            DocumentFields.Day(segment.ExpiryDay?.Get(local) ?? 0),
            Value(segment.Scope, local) is { } scope && scope != DocumentFields.CentralScope ? Guid.Parse(scope) : null,
            float.IsNaN(score) ? 0 : score,
            SnippetHtml(Text(segment.SnippetText, local) ?? ""));
    }

    private string SnippetHtml(string source)
    {
        if (foldedTerms.Count > 0)
        {
            var (snippet, highlights) = Snippets.Best(source, foldedTerms);
            return Snippets.ToHtml(snippet, highlights);
        }
        // Nothing to match: the opening line of the text.
        var lines = source.Split('\n', 3, StringSplitOptions.RemoveEmptyEntries);
        var (opening, _) = Snippets.Best(lines.Length > 1 ? lines[1] : lines.FirstOrDefault() ?? "", []);
        return Snippets.ToHtml(opening, []);
    }

    /// <summary>A binary value as text; null when the document has none.</summary>
    private string? Text(BinaryDocValues? values, int doc)
    {
        if (values is null) return null;
        values.Get(doc, _bytes);
        // Decoded straight into the string: BytesRef.Utf8ToString goes through a char array of the same size first,
        // garbage that a page of long snippet sources made the collector's main work.
        return _bytes.Length == 0 ? null : System.Text.Encoding.UTF8.GetString(_bytes.Bytes, _bytes.Offset, _bytes.Length);
    }

    private string? Value(SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) is var ord && ord < 0) return null;
        values.LookupOrd(ord, _bytes);
        return _bytes.Utf8ToString();
    }

    private List<string> Values(SortedSetDocValues? values, int doc)
    {
        var all = new List<string>();
        if (values is null) return all;
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, _bytes);
            all.Add(_bytes.Utf8ToString());
        }
        return all;
    }

    /// <summary>One segment's doc values, opened once per search.</summary>
    private sealed class Segment(AtomicReader reader)
    {
        public BinaryDocValues? Id { get; } = reader.GetBinaryDocValues(DocumentFields.Id);
        public BinaryDocValues? Number { get; } = reader.GetBinaryDocValues(DocumentFields.Number);
        public BinaryDocValues? Title { get; } = reader.GetBinaryDocValues(DocumentFields.Title);
        public BinaryDocValues? SnippetText { get; } = reader.GetBinaryDocValues(DocumentFields.SnippetText);
        public SortedDocValues? Type { get; } = reader.GetSortedDocValues(DocumentFields.Type);
        public SortedDocValues? IssuingBody { get; } = reader.GetSortedDocValues(DocumentFields.IssuingBody);
        public SortedDocValues? Status { get; } = reader.GetSortedDocValues(DocumentFields.Status);
        public SortedDocValues? Scope { get; } = reader.GetSortedDocValues(DocumentFields.Scope);
        public SortedSetDocValues? Fields { get; } = reader.GetSortedSetDocValues(DocumentFields.Field);
        public NumericDocValues? IssueDay { get; } = reader.GetNumericDocValues(DocumentFields.IssueDay);
        public NumericDocValues? EffectiveDay { get; } = reader.GetNumericDocValues(DocumentFields.EffectiveDate);
        public NumericDocValues? ExpiryDay { get; } = reader.GetNumericDocValues(DocumentFields.ExpiryDate);
    }
}
