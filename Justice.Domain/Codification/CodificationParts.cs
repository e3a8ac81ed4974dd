using Justice.Domain.Common;

namespace Justice.Domain.Codification;

/// <summary>Chương of a topic, as in the structure of the Code ("Chương I NHỮNG QUY ĐỊNH CHUNG").</summary>
public sealed class CodificationChapter : Entity, IPublicContent
{
    private CodificationChapter() { }

    internal CodificationChapter(Guid topicId, string number, string title, int position, string? sourceCode)
    {
        TopicId = topicId;
        Number = VietnameseText.Required(number, "Số chương", 20);
        Title = VietnameseText.Required(title, "Tên chương", 500);
        Position = position;
        SourceCode = VietnameseText.NormalizeOptional(sourceCode);
        if (SourceCode is { Length: > 60 })
            throw new DomainException("TEXT_TOO_LONG", "Mã phân cấp của chương dài quá 60 ký tự.");
    }

    internal void Rename(string number, string title)
    {
        Number = VietnameseText.Required(number, "Số chương", 20);
        Title = VietnameseText.Required(title, "Tên chương", 500);
    }

    public Guid TopicId { get; private set; }
    /// <summary>As printed: a Roman numeral ("IV"). Not unique: topics made of several parts restart at I.</summary>
    public string Number { get; private set; } = "";
    public string Title { get; private set; } = "";
    public int Position { get; private set; }
    /// <summary>The hierarchical code of the national Code database (mapc), which also orders chapters of multi-part topics.</summary>
    public string? SourceCode { get; private set; }
}

/// <summary>Mục: an optional grouping of articles inside a chapter.</summary>
public sealed class CodificationSection : Entity, IPublicContent
{
    private CodificationSection() { }

    internal CodificationSection(Guid topicId, Guid chapterId, string number, string title, int position)
    {
        TopicId = topicId;
        ChapterId = chapterId;
        Number = VietnameseText.Required(number, "Số mục", 20);
        Title = VietnameseText.Required(title, "Tên mục", 500);
        Position = position;
    }

    public Guid TopicId { get; private set; }
    public Guid ChapterId { get; private set; }
    public string Number { get; private set; } = "";
    public string Title { get; private set; } = "";
    public int Position { get; private set; }
}

/// <summary>
/// Điều of the Code: an article copied from a source document's article, with its Code symbol
/// (<c>Điều 9.1.BL.1</c>), the note naming the source, and the link to the source provision.
/// Articles of guiding documents hang under the article they guide.
/// </summary>
public sealed class CodificationArticle : Entity, IPublicContent
{
    private CodificationArticle() { }

    internal CodificationArticle(Guid topicId, Guid? chapterId, Guid? sectionId, Guid? guidedArticleId, string symbol,
        string? title, string text, string sourceNote, Guid sourceDocumentId, Guid sourceProvisionId, int position)
    {
        TopicId = topicId;
        ChapterId = chapterId;
        SectionId = sectionId;
        GuidedArticleId = guidedArticleId;
        Symbol = symbol;
        Title = VietnameseText.NormalizeOptional(title);
        Text = text;
        SourceNote = sourceNote;
        SourceDocumentId = sourceDocumentId;
        SourceProvisionId = sourceProvisionId;
        Position = position;
    }

    public Guid TopicId { get; private set; }
    public Guid? ChapterId { get; private set; }
    public Guid? SectionId { get; private set; }
    /// <summary>The Code article this one details, when it comes from a guiding document.</summary>
    public Guid? GuidedArticleId { get; private set; }
    public string Symbol { get; private set; } = "";
    public string? Title { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>"(Điều 1 Bộ luật số 91/2015/QH13 Dân sự ngày 24/11/2015 của Quốc hội, có hiệu lực từ 01/01/2017)".</summary>
    public string SourceNote { get; private set; } = "";
    public Guid SourceDocumentId { get; private set; }
    /// <summary>The <see cref="LegalDocuments.LegalProvision"/> (an article) this was copied from.</summary>
    public Guid SourceProvisionId { get; private set; }
    public int Position { get; private set; }

    /// <summary>"Điều 9.1.BL.1. Phạm vi điều chỉnh", as the Code prints the heading.</summary>
    public string Heading => Title is null ? Symbol : $"{Symbol}. {Title}";
}
