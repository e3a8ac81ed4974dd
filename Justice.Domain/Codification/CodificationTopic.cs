using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;

namespace Justice.Domain.Codification;

public enum CodificationTopicStatus
{
    /// <summary>Chưa thực hiện.</summary>
    NotStarted,
    /// <summary>Đang thực hiện: the assigned ministry is entering the topic.</summary>
    InProgress,
    /// <summary>Thẩm định: the Ministry of Justice appraises.</summary>
    Appraisal,
    /// <summary>Trình Chính phủ.</summary>
    SubmittedToGovernment,
    /// <summary>Thông qua: approved by the Government.</summary>
    Approved,
    /// <summary>Đăng tải: published in the Code.</summary>
    Published,
    /// <summary>Cập nhật: a source document changed or expired and the ministry updates the topic.</summary>
    Updating,
}

public static class CodificationTopicStatuses
{
    public static string VietnameseName(this CodificationTopicStatus status) => status switch
    {
        CodificationTopicStatus.NotStarted => "Chưa thực hiện",
        CodificationTopicStatus.InProgress => "Đang thực hiện",
        CodificationTopicStatus.Appraisal => "Đang thẩm định",
        CodificationTopicStatus.SubmittedToGovernment => "Đã trình Chính phủ",
        CodificationTopicStatus.Approved => "Đã thông qua",
        CodificationTopicStatus.Published => "Đã đăng tải",
        CodificationTopicStatus.Updating => "Đang cập nhật",
        _ => status.ToString(),
    };
}

/// <summary>
/// Đề mục: one topic of the Code inside a subject, entered by the ministry assigned to it (cơ quan
/// thực hiện pháp điển), appraised by the Ministry of Justice and approved by the Government.
/// </summary>
public sealed class CodificationTopic : AggregateRoot, IPublicContent
{
    /// <summary>The ministry that appraises every topic (check: MOJ under the Ordinance on Codification 2012).</summary>
    public const string AppraisingMinistryCode = "BTP";

    public static readonly WorkflowTransitions<CodificationTopicStatus> Workflow = new("TOPIC_TRANSITION_NOT_ALLOWED",
        (CodificationTopicStatus.NotStarted, CodificationTopicStatus.InProgress),
        (CodificationTopicStatus.InProgress, CodificationTopicStatus.Appraisal),
        (CodificationTopicStatus.Appraisal, CodificationTopicStatus.InProgress),
        (CodificationTopicStatus.Appraisal, CodificationTopicStatus.SubmittedToGovernment),
        (CodificationTopicStatus.SubmittedToGovernment, CodificationTopicStatus.Approved),
        (CodificationTopicStatus.Approved, CodificationTopicStatus.Published),
        (CodificationTopicStatus.Published, CodificationTopicStatus.Updating),
        (CodificationTopicStatus.Updating, CodificationTopicStatus.Appraisal));

    private readonly List<CodificationChapter> _chapters = [];
    private readonly List<CodificationSection> _sections = [];
    private readonly List<CodificationArticle> _articles = [];

    private CodificationTopic() { }

    public CodificationTopic(CodificationSubject subject, int number, string name, Guid assignedMinistryId)
    {
        if (number is < 1 or > 999)
            throw new DomainException("CODIFICATION_NUMBER_INVALID", "Số thứ tự đề mục phải từ 1 đến 999.");
        SubjectId = subject.Id;
        SubjectNumber = subject.Number;
        Number = number;
        Name = VietnameseText.Required(name, "Tên đề mục", 500);
        AssignedMinistryId = assignedMinistryId;
        Status = CodificationTopicStatus.NotStarted;
    }

    /// <summary>
    /// Loads a topic as it stands in the existing Code database (its chapters and status), for migrating
    /// the national Code in: that history happened outside this system, so it is recorded, not replayed.
    /// Articles are then added through the normal rules.
    /// </summary>
    public static CodificationTopic Import(CodificationSubject subject, int number, string name, Guid assignedMinistryId,
        CodificationTopicStatus status, IEnumerable<(string Number, string Title, string? SourceCode)> chapters,
        DateOnly? approvedOn = null, string? approvalDecision = null, DateOnly? publishedOn = null)
    {
        var topic = new CodificationTopic(subject, number, name, assignedMinistryId);
        foreach (var (chapterNumber, title, sourceCode) in chapters)
            topic._chapters.Add(new CodificationChapter(topic.Id, chapterNumber, title, topic._chapters.Count, sourceCode));
        var approved = status is CodificationTopicStatus.Approved or CodificationTopicStatus.Published or CodificationTopicStatus.Updating;
        var published = status is CodificationTopicStatus.Published or CodificationTopicStatus.Updating;
        if (approved != approvedOn.HasValue || published != publishedOn.HasValue)
            throw new DomainException("TOPIC_IMPORT_INCONSISTENT", "Ngày thông qua, ngày đăng tải không khớp với trạng thái của đề mục.");
        if (publishedOn < approvedOn)
            throw new DomainException("TOPIC_PUBLISHED_BEFORE_APPROVAL", "Ngày đăng tải không được trước ngày thông qua.");
        if (status == CodificationTopicStatus.NotStarted && topic._chapters.Count > 0)
            throw new DomainException("TOPIC_IMPORT_INCONSISTENT", "Đề mục chưa thực hiện không thể đã có chương.");
        topic.Status = status;
        topic.ApprovedOn = approvedOn;
        topic.ApprovalDecision = VietnameseText.NormalizeOptional(approvalDecision);
        topic.PublishedOn = publishedOn;
        return topic;
    }

    public Guid SubjectId { get; private set; }
    /// <summary>Copied from the subject: it is part of every article symbol and never changes.</summary>
    public int SubjectNumber { get; private set; }
    public int Number { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The ministry (Organisation of kind Ministry) that enters and updates the topic.</summary>
    public Guid AssignedMinistryId { get; private set; }
    public CodificationTopicStatus Status { get; private set; }
    /// <summary>Why appraisal sent the topic back, while it is being corrected.</summary>
    public string? AppraisalRemarks { get; private set; }
    public DateOnly? ApprovedOn { get; private set; }
    /// <summary>The Government decision approving the topic.</summary>
    public string? ApprovalDecision { get; private set; }
    public DateOnly? PublishedOn { get; private set; }

    public IReadOnlyList<CodificationChapter> Chapters => _chapters;
    public IReadOnlyList<CodificationSection> Sections => _sections;
    public IReadOnlyList<CodificationArticle> Articles => _articles;

    /// <summary>"9.1", how the Code refers to a topic.</summary>
    public string Code => $"{SubjectNumber}.{Number}";

    public void StartEntering(Guid actingOrganisationId)
    {
        EnsureAssigned(actingOrganisationId);
        // Appraisal → in progress is also in the table, but only as MOJ's return, never the ministry's own pull-back.
        if (Status != CodificationTopicStatus.NotStarted)
            throw new DomainException("TOPIC_TRANSITION_NOT_ALLOWED", $"Đề mục {Code} đã được bắt đầu thực hiện.");
        MoveTo(CodificationTopicStatus.InProgress);
    }

    public void Rename(Guid actingOrganisationId, string name)
    {
        EnsureEditable(actingOrganisationId);
        Name = VietnameseText.Required(name, "Tên đề mục", 500);
    }

    /// <summary>Appends a chapter. The source code (mapc) is kept when the structure comes from the Code database.</summary>
    public CodificationChapter AddChapter(Guid actingOrganisationId, string number, string title, string? sourceCode = null)
    {
        EnsureEditable(actingOrganisationId);
        var chapter = new CodificationChapter(Id, number, title, NextPosition(_chapters.Select(c => c.Position)), sourceCode);
        _chapters.Add(chapter);
        return chapter;
    }

    public void RenameChapter(Guid actingOrganisationId, CodificationChapter chapter, string number, string title)
    {
        EnsureEditable(actingOrganisationId);
        EnsureOwnChapter(chapter);
        chapter.Rename(number, title);
    }

    /// <summary>Removes an empty chapter; its articles and sections must be removed or moved first.</summary>
    public void RemoveChapter(Guid actingOrganisationId, CodificationChapter chapter)
    {
        EnsureEditable(actingOrganisationId);
        EnsureOwnChapter(chapter);
        if (_articles.Any(a => a.ChapterId == chapter.Id) || _sections.Any(s => s.ChapterId == chapter.Id))
            throw new DomainException("CODE_CHAPTER_NOT_EMPTY", $"Chương {chapter.Number} còn điều hoặc mục, chưa thể xóa.");
        _chapters.Remove(chapter);
    }

    // After a removal the count no longer names a free position.
    private static int NextPosition(IEnumerable<int> positions) => positions.DefaultIfEmpty(-1).Max() + 1;

    public CodificationSection AddSection(Guid actingOrganisationId, CodificationChapter chapter, string number, string title)
    {
        EnsureEditable(actingOrganisationId);
        EnsureOwnChapter(chapter);
        var section = new CodificationSection(Id, chapter.Id, number, title, _sections.Count(s => s.ChapterId == chapter.Id));
        _sections.Add(section);
        return section;
    }

    /// <summary>
    /// Copies an article of a source document into the topic. The source must be in force (the Code
    /// gathers the law in force), and each source article appears at most once in a topic.
    /// </summary>
    public CodificationArticle AddArticle(Guid actingOrganisationId, CodificationChapter? chapter, CodificationSection? section,
        LegalDocument source, LegalProvision sourceArticle, CodeSymbolFormat format, CodificationArticle? guidedArticle = null)
    {
        EnsureEditable(actingOrganisationId);
        if (chapter is not null) EnsureOwnChapter(chapter);
        if (section is not null && (chapter is null || section.ChapterId != chapter.Id || !_sections.Contains(section)))
            throw new DomainException("CODE_SECTION_NOT_IN_CHAPTER", "Mục không thuộc chương đã chọn của đề mục.");
        if (guidedArticle is not null && !_articles.Contains(guidedArticle))
            throw new DomainException("CODE_GUIDED_ARTICLE_NOT_IN_TOPIC", "Điều được hướng dẫn không thuộc đề mục này.");
        if (sourceArticle.Kind != ProvisionKind.Article || sourceArticle.LegalDocumentId != source.Id)
            throw new DomainException("CODE_SOURCE_NOT_ARTICLE", "Nguồn của điều pháp điển phải là một điều của văn bản đã chọn.");
        if (source.Status is not (ValidityStatus.InForce or ValidityStatus.PartlyExpired))
            throw new DomainException("CODE_SOURCE_NOT_IN_FORCE",
                $"{source.Citation} đang ở tình trạng \"{source.Status.VietnameseName()}\": chỉ pháp điển quy phạm đang có hiệu lực.");
        if (_articles.Any(a => a.SourceProvisionId == sourceArticle.Id))
            throw new DomainException("CODE_SOURCE_ALREADY_CODIFIED", $"Điều {sourceArticle.Number} của {source.Citation} đã có trong đề mục.");

        var symbol = format.Build(SubjectNumber, Number, source.Type, sourceArticle.Number);
        if (_articles.Any(a => a.Symbol == symbol))
            throw new DomainException("CODE_ARTICLE_SYMBOL_DUPLICATE", $"Ký hiệu {symbol} đã được dùng trong đề mục.");
        var article = new CodificationArticle(Id, chapter?.Id, section?.Id, guidedArticle?.Id, symbol, sourceArticle.Title,
            source.FullTextOf(sourceArticle), CodeSourceNote.For(source, sourceArticle), source.Id, sourceArticle.Id,
            NextPosition(_articles.Select(a => a.Position)));
        _articles.Add(article);
        return article;
    }

    public void RemoveArticle(Guid actingOrganisationId, CodificationArticle article)
    {
        EnsureEditable(actingOrganisationId);
        if (!_articles.Contains(article))
            throw new DomainException("CODE_ARTICLE_NOT_IN_TOPIC", "Điều này không thuộc đề mục.");
        if (_articles.Any(a => a.GuidedArticleId == article.Id))
            throw new DomainException("CODE_ARTICLE_HAS_GUIDING_ARTICLES", "Phải xóa các điều hướng dẫn trước khi xóa điều được hướng dẫn.");
        _articles.Remove(article);
    }

    public void SubmitForAppraisal(Guid actingOrganisationId)
    {
        EnsureAssigned(actingOrganisationId);
        Workflow.Ensure(Status, CodificationTopicStatus.Appraisal);
        if (_articles.Count == 0)
            throw new DomainException("TOPIC_EMPTY", "Đề mục chưa có điều nào, chưa thể gửi thẩm định.");
        MoveTo(CodificationTopicStatus.Appraisal);
        AppraisalRemarks = null;
    }

    public void ReturnFromAppraisal(Organisation appraiser, string remarks)
    {
        EnsureMinistryOfJustice(appraiser);
        var text = VietnameseText.Required(remarks, "Ý kiến thẩm định", 2000);
        MoveTo(CodificationTopicStatus.InProgress);
        AppraisalRemarks = text;
    }

    /// <summary>Appraisal passed: MOJ submits the topic to the Government.</summary>
    public void SubmitToGovernment(Organisation appraiser)
    {
        EnsureMinistryOfJustice(appraiser);
        MoveTo(CodificationTopicStatus.SubmittedToGovernment);
    }

    /// <summary>Records the Government's approval (MOJ records it, with the decision's number).</summary>
    public void Approve(Organisation recorder, DateOnly approvedOn, string? decision = null)
    {
        EnsureMinistryOfJustice(recorder);
        var decisionText = VietnameseText.NormalizeOptional(decision);
        if (decisionText is { Length: > 200 })
            throw new DomainException("TEXT_TOO_LONG", "Số quyết định thông qua dài quá 200 ký tự.");
        MoveTo(CodificationTopicStatus.Approved);
        ApprovedOn = approvedOn;
        ApprovalDecision = decisionText;
    }

    public void Publish(Organisation publisher, DateOnly publishedOn)
    {
        EnsureMinistryOfJustice(publisher);
        if (ApprovedOn is { } approved && publishedOn < approved)
            throw new DomainException("TOPIC_PUBLISHED_BEFORE_APPROVAL", "Ngày đăng tải không được trước ngày thông qua.");
        MoveTo(CodificationTopicStatus.Published);
        PublishedOn = publishedOn;
    }

    /// <summary>A source changed or expired: the assigned ministry reopens the published topic.</summary>
    public void StartUpdating(Guid actingOrganisationId)
    {
        EnsureAssigned(actingOrganisationId);
        MoveTo(CodificationTopicStatus.Updating);
    }

    /// <summary>Hands the topic to another ministry (a decision of the Prime Minister, recorded by MOJ).</summary>
    public void Reassign(Organisation recorder, Guid ministryId)
    {
        EnsureMinistryOfJustice(recorder);
        AssignedMinistryId = ministryId;
    }

    public bool IsEditable => Status is CodificationTopicStatus.InProgress or CodificationTopicStatus.Updating;

    private void MoveTo(CodificationTopicStatus status)
    {
        Workflow.Ensure(Status, status);
        Status = status;
    }

    private void EnsureAssigned(Guid actingOrganisationId)
    {
        if (actingOrganisationId != AssignedMinistryId)
            throw new DomainException("TOPIC_NOT_ASSIGNED_TO_MINISTRY", $"Đề mục {Code} không được giao cho cơ quan này; chỉ cơ quan được giao mới được cập nhật.");
    }

    private void EnsureEditable(Guid actingOrganisationId)
    {
        EnsureAssigned(actingOrganisationId);
        if (!IsEditable)
            throw new DomainException("TOPIC_NOT_EDITABLE", $"Đề mục {Code} đang ở trạng thái \"{Status.VietnameseName()}\", không thể chỉnh sửa.");
    }

    private void EnsureOwnChapter(CodificationChapter chapter)
    {
        if (chapter.TopicId != Id || !_chapters.Contains(chapter))
            throw new DomainException("CODE_CHAPTER_NOT_IN_TOPIC", "Chương không thuộc đề mục này.");
    }

    private static void EnsureMinistryOfJustice(Organisation organisation)
    {
        if (organisation.Kind != OrganisationKind.Ministry || organisation.Code != AppraisingMinistryCode)
            throw new DomainException("TOPIC_APPRAISAL_BY_MOJ_ONLY", "Chỉ Bộ Tư pháp thực hiện thẩm định và trình, đăng tải đề mục.");
    }
}
