using Justice.Domain.LegalDocuments;

namespace Justice.Search.Documents;

public enum DocumentSort
{
    /// <summary>Best match first; newest first when there is no text to rank by.</summary>
    Relevance,
    /// <summary>Newest issue date first; undated documents last.</summary>
    DateDescending,
    /// <summary>Oldest issue date first; undated documents last.</summary>
    DateAscending,
}

/// <summary>Where a document applies: nationwide (central bodies) or in one province (local bodies).</summary>
public enum DocumentScope
{
    Central,
    Local,
}

/// <summary>
/// A search over legal documents. Every filter is optional; the values within one filter are alternatives
/// (any of these types) and filters combine (and). <see cref="Text"/> empty lists the filtered documents.
/// </summary>
/// <param name="Text">Free text: syllables with or without diacritics, document numbers, "quoted phrases", abbreviations (NĐ, BLDS…).</param>
/// <param name="FromYear">First year of issue, inclusive.</param>
/// <param name="ToYear">Last year of issue, inclusive.</param>
/// <param name="Scope">Central or local documents only.</param>
/// <param name="ProvinceIds">Local documents of these provinces.</param>
/// <param name="InForceOnly">Only documents in force (wholly or partly): <see cref="ValidityStatus.InForce"/> or <see cref="ValidityStatus.PartlyExpired"/>.</param>
/// <param name="Offset">How many results to skip (paging).</param>
/// <param name="Limit">How many results to return, 1 to <see cref="LegalDocumentSearch.MaxLimit"/>.</param>
/// <param name="CountFacets">False when the caller shows no facet counts: they are not counted, and come back empty.</param>
public sealed record LegalDocumentQuery(
    string? Text = null,
    IReadOnlyList<LegalDocumentType>? Types = null,
    IReadOnlyList<string>? IssuingBodies = null,
    IReadOnlyList<string>? Fields = null,
    IReadOnlyList<ValidityStatus>? Statuses = null,
    int? FromYear = null,
    int? ToYear = null,
    DocumentScope? Scope = null,
    IReadOnlyList<Guid>? ProvinceIds = null,
    bool InForceOnly = false,
    DocumentSort Sort = DocumentSort.Relevance,
    int Offset = 0,
    int Limit = 20,
    bool CountFacets = true);

/// <summary>One found document, with the passage of its text that best matches the query.</summary>
/// <param name="SnippetHtml">The passage as HTML: its text escaped, the matched words inside <c>&lt;mark&gt;</c>.</param>
public sealed record LegalDocumentHit(
    Guid Id,
    string? Number,
    string Title,
    LegalDocumentType Type,
    string IssuingBody,
    ValidityStatus Status,
    IReadOnlyList<string> Fields,
    DateOnly? IssueDate,
    DateOnly? EffectiveDate,
    DateOnly? ExpiryDate,
    Guid? ProvinceId,
    float Score,
    string SnippetHtml);

/// <summary>One value of a facet dimension and how many found documents have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>
/// The counts of one dimension over the documents the query found (with every filter applied). Dimensions:
/// <c>type</c> (<see cref="LegalDocumentType"/> names), <c>issuer</c>, <c>field</c>, <c>status</c>
/// (<see cref="ValidityStatus"/> names), <c>year</c>, <c>scope</c> (<c>central</c> or a province id).
/// </summary>
public sealed record Facet(string Dimension, IReadOnlyList<FacetValue> Values);

/// <param name="Total">How many documents match, for paging.</param>
/// <param name="Suggestion">When nothing was found: the query as it was probably meant (spelling, diacritics), else null.</param>
/// <param name="IndexRebuilding">The index is being rebuilt from the database: nothing can be found until it finishes.</param>
public sealed record LegalDocumentSearchResult(
    int Total,
    IReadOnlyList<LegalDocumentHit> Hits,
    IReadOnlyList<Facet> Facets,
    string? Suggestion,
    bool IndexRebuilding);
