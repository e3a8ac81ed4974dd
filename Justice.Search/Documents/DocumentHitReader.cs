using Justice.Domain.LegalDocuments;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Justice.Search.Documents;

/// <summary>
/// Reads the hits of one search from the document index's doc values (<see cref="DocumentFields"/>): each value is
/// read where it lies, where a stored document would be decompressed with its neighbours in the block. The facet
/// fields (type, issuer, status, scope, fields) come from the per-segment arrays facet counting keeps
/// (<see cref="FacetOrdinals"/>), already decoded.
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
            Enum.Parse<LegalDocumentType>(segment.Type!.ValueOf(local)!),
            segment.IssuingBody?.ValueOf(local) ?? "",
            Enum.Parse<ValidityStatus>(segment.Status!.ValueOf(local)!),
            segment.Fields?.ValuesOf(local) ?? [],
            DocumentFields.Day(segment.IssueDay?.Get(local) ?? 0),
            DocumentFields.Day(segment.EffectiveDay?.Get(local) ?? 0),
            DocumentFields.Day(segment.ExpiryDay?.Get(local) ?? 0),
            segment.Scope?.ValueOf(local) is { } scope && scope != DocumentFields.CentralScope ? Guid.Parse(scope) : null,
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

    /// <summary>One segment's doc values, opened once per search.</summary>
    private sealed class Segment(AtomicReader reader)
    {
        public BinaryDocValues? Id { get; } = reader.GetBinaryDocValues(DocumentFields.Id);
        public BinaryDocValues? Number { get; } = reader.GetBinaryDocValues(DocumentFields.Number);
        public BinaryDocValues? Title { get; } = reader.GetBinaryDocValues(DocumentFields.Title);
        public BinaryDocValues? SnippetText { get; } = reader.GetBinaryDocValues(DocumentFields.SnippetText);
        public FacetOrdinals? Type { get; } = FacetOrdinals.Of(reader, DocumentFields.Type, multiValued: false);
        public FacetOrdinals? IssuingBody { get; } = FacetOrdinals.Of(reader, DocumentFields.IssuingBody, multiValued: false);
        public FacetOrdinals? Status { get; } = FacetOrdinals.Of(reader, DocumentFields.Status, multiValued: false);
        public FacetOrdinals? Scope { get; } = FacetOrdinals.Of(reader, DocumentFields.Scope, multiValued: false);
        public FacetOrdinals? Fields { get; } = FacetOrdinals.Of(reader, DocumentFields.Field, multiValued: true);
        public NumericDocValues? IssueDay { get; } = reader.GetNumericDocValues(DocumentFields.IssueDay);
        public NumericDocValues? EffectiveDay { get; } = reader.GetNumericDocValues(DocumentFields.EffectiveDate);
        public NumericDocValues? ExpiryDay { get; } = reader.GetNumericDocValues(DocumentFields.ExpiryDate);
    }
}
