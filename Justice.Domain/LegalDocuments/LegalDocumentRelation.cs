using Justice.Domain.Common;

namespace Justice.Domain.LegalDocuments;

/// <summary>How one document bears on another, read from the document that holds the relation.</summary>
public enum LegalDocumentRelationType
{
    /// <summary>Căn cứ: the target is a legal basis of this document.</summary>
    LegalBasis,
    /// <summary>Hướng dẫn: this document guides (details) the target.</summary>
    Guides,
    /// <summary>Sửa đổi, bổ sung.</summary>
    Amends,
    /// <summary>Thay thế.</summary>
    Replaces,
    /// <summary>Bãi bỏ.</summary>
    Repeals,
    /// <summary>Đính chính.</summary>
    Corrects,
    /// <summary>Hợp nhất: this consolidated text consolidates the target.</summary>
    Consolidates,
}

/// <summary>Quan hệ giữa các văn bản: a typed link from the owning document to another document.</summary>
public sealed class LegalDocumentRelation : Entity, IPublicContent
{
    private LegalDocumentRelation() { }

    internal LegalDocumentRelation(Guid legalDocumentId, LegalDocumentRelationType type, Guid targetDocumentId, string? note)
    {
        LegalDocumentId = legalDocumentId;
        Type = type;
        TargetDocumentId = targetDocumentId;
        Note = VietnameseText.NormalizeOptional(note);
        if (Note is { Length: > 500 })
            throw new DomainException("TEXT_TOO_LONG", "Ghi chú quan hệ văn bản dài quá 500 ký tự.");
    }

    public Guid LegalDocumentId { get; private set; }
    public LegalDocumentRelationType Type { get; private set; }
    public Guid TargetDocumentId { get; private set; }
    /// <summary>Which part is concerned when not the whole ("khoản 2 Điều 5").</summary>
    public string? Note { get; private set; }
}
