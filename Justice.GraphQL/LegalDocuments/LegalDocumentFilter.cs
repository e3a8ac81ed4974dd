using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Justice.Domain.LegalDocuments;
using Justice.GraphQL.Common;

namespace Justice.GraphQL.LegalDocuments;

/// <summary>The filters of the <c>legalDocuments</c> list; every one optional, all combined with AND.</summary>
public sealed record LegalDocumentFilter
{
    public IReadOnlyList<LegalDocumentType>? Types { get; init; }
    public IReadOnlyList<ValidityStatus>? Statuses { get; init; }
    /// <summary>Only documents in force (shortcut for the in-force statuses).</summary>
    public bool? InForceOnly { get; init; }
    [Id] public string? IssuingBodyId { get; init; }
    /// <summary>Only local documents of this province.</summary>
    [Id] public string? ProvinceId { get; init; }
    /// <summary>true: central documents only; false: local only.</summary>
    public bool? Central { get; init; }
    public string? Field { get; init; }
    public DateOnly? IssuedFrom { get; init; }
    public DateOnly? IssuedTo { get; init; }
    public string? TitleContains { get; init; }

    public IQueryable<LegalDocument> Apply(IQueryable<LegalDocument> documents)
    {
        if (Types is { Count: > 0 }) documents = documents.Where(d => Types.Contains(d.Type));
        if (Statuses is { Count: > 0 }) documents = documents.Where(d => Statuses.Contains(d.Status));
        if (InForceOnly == true) documents = documents.Where(d => d.Status == ValidityStatus.InForce || d.Status == ValidityStatus.PartlyExpired);
        if (IssuingBodyId is not null)
        {
            var id = GlobalId.Decode(IssuingBodyId, "Organisation");
            documents = documents.Where(d => d.IssuingBodyId == id);
        }
        if (ProvinceId is not null)
        {
            var id = GlobalId.Decode(ProvinceId, "AdministrativeUnit");
            documents = documents.Where(d => d.ProvinceId == id);
        }
        if (Central is { } central) documents = central ? documents.Where(d => d.ProvinceId == null) : documents.Where(d => d.ProvinceId != null);
        if (Justice.Domain.Common.VietnameseText.NormalizeOptional(Field) is { } field)
            documents = documents.Where(d => EF.Property<List<string>>(d, "_fields").Contains(field));
        if (IssuedFrom is { } from) documents = documents.Where(d => d.IssueDate >= from);
        if (IssuedTo is { } to) documents = documents.Where(d => d.IssueDate <= to);
        if (Justice.Domain.Common.VietnameseText.NormalizeOptional(TitleContains) is { } title)
            documents = documents.Where(d => d.Title.Contains(title));
        return documents;
    }
}

public sealed class LegalDocumentFilterInputType : AutoRegisteringInputObjectGraphType<LegalDocumentFilter>
{
    public LegalDocumentFilterInputType() => Name = "LegalDocumentFilter";
}

public enum LegalDocumentOrderField { IssueDate, EffectiveDate, Number, Title }

public sealed class LegalDocumentOrderInputType : OrderInputType<LegalDocumentOrderField>;
