using System.Globalization;
using Justice.Domain.LegalDocuments;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Justice.Search.Documents;

/// <summary>
/// The fields of the document index: one Lucene document per legal document. The text fields share their names
/// (and analyzers) with the article index, so one query builder serves both; the facet fields are kept as
/// doc values and counted by <see cref="FacetCounter"/>. What a hit shows is read from doc values too
/// (<see cref="DocumentHitReader"/>): stored fields are decompressed a block at a time, which cost most of a page of results.
/// </summary>
public static class DocumentFields
{
    public const string Id = "id";
    public const string Number = "number";
    public const string Title = "title";
    public const string IssuingBody = "issuer";
    public const string Type = "type";
    public const string Status = "status";
    /// <summary>Lĩnh vực; several per document.</summary>
    public const string Field = "field";
    public const string Year = "year";
    public const string IssueDay = "issue_day";
    public const string EffectiveDate = "effective";
    public const string ExpiryDate = "expiry";
    /// <summary><see cref="CentralScope"/> or the province id.</summary>
    public const string Scope = "scope";
    /// <summary>Title and the beginning of the text, for snippets.</summary>
    public const string SnippetText = "snippet_text";

    public const string CentralScope = "central";

    /// <summary>
    /// How much of a long document's text feeds its snippet (its whole text is searched): the opening articles (scope,
    /// subjects, definitions). Every hit of a page reads and scans it; at 20,000 characters that was most of the cost of
    /// a page of results.
    /// </summary>
    public const int SnippetSourceLength = 5_000;

    /// <summary>The facet dimensions, in the order results list them.</summary>
    public static readonly IReadOnlyList<string> FacetDimensions = [Type, IssuingBody, Field, Status, Year, Scope];

    public static string ScopeValue(Guid? provinceId) => provinceId?.ToString() ?? CentralScope;

    public static Document ToLucene(LegalDocument document)
    {
        var text = string.Join("\n", ArticleTexts.Of(document).Select(a =>
            string.Join('\n', new[] { a.Article.Label + (a.Article.Title is null ? "" : ". " + a.Article.Title), a.Text }.Where(s => s.Length > 0))));
        if (text.Length == 0)
            text = string.Join("\n", document.Provisions.Where(p => p.Text.Length > 0).Select(p => p.Text));
        var number = document.Number?.Value;
        var searchable = string.Join('\n', new[] { number, document.Title, document.IssuingBodyName, text }.Where(s => !string.IsNullOrEmpty(s)));
        var snippetSource = text.Length > SnippetSourceLength ? text[..SnippetSourceLength] : text;
        var lucene = new Document
        {
            new StringField(Id, document.Id.ToString(), Lucene.Net.Documents.Field.Store.NO),
            new BinaryDocValuesField(Id, new BytesRef(document.Id.ToString())),
            new BinaryDocValuesField(Title, new BytesRef(document.Title)),
            new BinaryDocValuesField(SnippetText, new BytesRef(string.IsNullOrEmpty(snippetSource) ? document.Title : snippetSource)),
            new TextField(ArticleFields.Body, searchable, Lucene.Net.Documents.Field.Store.NO),
            new TextField(ArticleFields.Heading, document.Title, Lucene.Net.Documents.Field.Store.NO),
        };
        if (number is not null) lucene.Add(new BinaryDocValuesField(Number, new BytesRef(number)));
        Keyword(lucene, Type, document.Type.ToString());
        Keyword(lucene, IssuingBody, document.IssuingBodyName);
        Keyword(lucene, Status, document.Status.ToString());
        Keyword(lucene, Scope, ScopeValue(document.ProvinceId));
        foreach (var field in document.Fields)
        {
            lucene.Add(new StringField(Field, field, Lucene.Net.Documents.Field.Store.NO));
            lucene.Add(new SortedSetDocValuesField(Field, new BytesRef(field)));
        }
        if (document.IssueDate is { } issued)
        {
            Keyword(lucene, Year, issued.Year.ToString(CultureInfo.InvariantCulture));
            lucene.Add(new Int32Field(IssueDay, issued.DayNumber, Lucene.Net.Documents.Field.Store.NO));
            lucene.Add(new NumericDocValuesField(IssueDay, issued.DayNumber));
        }
        if (document.EffectiveDate is { } effective) lucene.Add(new NumericDocValuesField(EffectiveDate, effective.DayNumber));
        if (document.ExpiryDate is { } expiry) lucene.Add(new NumericDocValuesField(ExpiryDate, expiry.DayNumber));
        return lucene;
    }

    /// <summary>
    /// A day as doc values hold it: its day number, 0 when the document has none (day 0 is 1 January of year 1, never
    /// the date of a legal document).
    /// </summary>
    public static DateOnly? Day(long dayNumber) => dayNumber > 0 ? DateOnly.FromDayNumber((int)dayNumber) : null;

    private static void Keyword(Document lucene, string name, string value)
    {
        lucene.Add(new StringField(name, value, Lucene.Net.Documents.Field.Store.NO));
        lucene.Add(new SortedDocValuesField(name, new BytesRef(value)));
    }

    public static IndexWriterConfig CreateConfig(OpenMode mode) =>
        new(Analysis.VietnameseAnalyzer.Version, ArticleFields.CreateAnalyzer())
        {
            OpenMode = mode,
            Similarity = LegalArticleSearch.CreateSimilarity(),
            RAMBufferSizeMB = 256,
        };
}
