using Justice.Domain.Common;

namespace Justice.Domain.LegalDocuments;

/// <summary>The levels of a document's text, outermost first.</summary>
public enum ProvisionKind
{
    /// <summary>Phần.</summary>
    Part,
    /// <summary>Chương.</summary>
    Chapter,
    /// <summary>Mục.</summary>
    Section,
    /// <summary>Tiểu mục.</summary>
    Subsection,
    /// <summary>Điều.</summary>
    Article,
    /// <summary>Khoản.</summary>
    Clause,
    /// <summary>Điểm.</summary>
    Point,
}

/// <summary>
/// Quy định: one node of a document's text (part, chapter, section, article, clause, point). Stored flat
/// with a parent link and a document-wide position (pre-order), so the whole text loads in one query in
/// reading order and the tree is rebuilt from <see cref="ParentId"/>.
/// </summary>
public sealed class LegalProvision : Entity, IPublicContent
{
    private LegalProvision() { }

    internal LegalProvision(Guid legalDocumentId, Guid? parentId, ProvisionKind kind, string number, string? title, string? text, int position)
    {
        LegalDocumentId = legalDocumentId;
        ParentId = parentId;
        Kind = kind;
        Number = VietnameseText.Required(number, "Số hiệu quy định", 20);
        Title = VietnameseText.NormalizeOptional(title);
        if (Title is { Length: > 1000 })
            throw new DomainException("TEXT_TOO_LONG", "Tên quy định dài quá 1000 ký tự.");
        // Body text keeps its line breaks: only NFC and trimming.
        Text = (text ?? "").Normalize(System.Text.NormalizationForm.FormC).Trim();
        Position = position;
    }

    public Guid LegalDocumentId { get; private set; }
    public Guid? ParentId { get; private set; }
    public ProvisionKind Kind { get; private set; }
    /// <summary>As printed in the source: "32" for Điều 32, "II" for Chương II, "a" for điểm a.</summary>
    public string Number { get; private set; } = "";
    public string? Title { get; private set; }
    /// <summary>The node's own text, without that of its children.</summary>
    public string Text { get; private set; } = "";
    /// <summary>Reading order within the document.</summary>
    public int Position { get; private set; }

    /// <summary>"Điều 32", "khoản 2", "điểm a", "Chương II".</summary>
    public string Label => Kind switch
    {
        ProvisionKind.Part => $"Phần {Number}",
        ProvisionKind.Chapter => $"Chương {Number}",
        ProvisionKind.Section => $"Mục {Number}",
        ProvisionKind.Subsection => $"Tiểu mục {Number}",
        ProvisionKind.Article => $"Điều {Number}",
        ProvisionKind.Clause => $"khoản {Number}",
        _ => $"điểm {Number}",
    };
}
