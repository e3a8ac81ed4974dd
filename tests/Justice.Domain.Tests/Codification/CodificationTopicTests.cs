using Justice.Domain.Codification;
using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;

namespace Justice.Domain.Tests.Codification;

public sealed class CodificationTopicTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    internal static readonly Organisation Justice = new("Bộ Tư pháp", OrganisationKind.Ministry, code: "BTP");
    internal static readonly Organisation Labour = new("Bộ Nội vụ", OrganisationKind.Ministry, code: "BNV");
    private static readonly Organisation JusticeUnit = new("Cục Kiểm tra văn bản", OrganisationKind.MinistryOfJusticeUnit, code: "BTP");

    internal static readonly CodificationSubject Civil = new(9, "Dân sự");

    internal static LegalDocument CivilCode()
    {
        var code = new LegalDocument(DocumentNumber.Parse("91/2015/QH13"), LegalDocumentType.CodeOfLaws, "Bộ luật Dân sự", "Quốc hội",
            issueDate: new(2015, 11, 24), effectiveDate: new(2017, 1, 1));
        var a1 = code.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", "Bộ luật này quy định địa vị pháp lý…");
        var a2 = code.AddProvision(ProvisionKind.Article, "2", "Công nhận quyền dân sự", "");
        code.AddProvision(ProvisionKind.Clause, "1", null, "Quyền dân sự được công nhận.", a2);
        code.AddProvision(ProvisionKind.Clause, "2", null, "Quyền dân sự chỉ bị hạn chế theo luật.", a2);
        code.RefreshStatus(Today);
        return code;
    }

    /// <summary>A topic of Justice in progress with one chapter.</summary>
    internal static (CodificationTopic Topic, CodificationChapter Chapter) TopicInProgress(Organisation? ministry = null)
    {
        var owner = ministry ?? Justice;
        var topic = new CodificationTopic(Civil, 1, "Dân sự", owner.Id);
        topic.StartEntering(owner.Id);
        var chapter = topic.AddChapter(owner.Id, "I", "NHỮNG QUY ĐỊNH CHUNG");
        return (topic, chapter);
    }

    [Fact]
    public void Articles_are_copied_from_their_source_with_symbol_note_and_link()
    {
        var (topic, chapter) = TopicInProgress();
        var code = CivilCode();
        var a2 = code.FindArticle("2")!;

        var article = topic.AddArticle(Justice.Id, chapter, null, code, a2, CodeSymbolFormat.Default);

        Assert.Equal("Điều 9.1.BL.2", article.Symbol);
        Assert.Equal("Điều 9.1.BL.2. Công nhận quyền dân sự", article.Heading);
        Assert.Equal("1. Quyền dân sự được công nhận.\n\n2. Quyền dân sự chỉ bị hạn chế theo luật.", article.Text);
        Assert.Equal("(Điều 2 Bộ luật số 91/2015/QH13 Dân sự ngày 24/11/2015 của Quốc hội, có hiệu lực từ 01/01/2017)", article.SourceNote);
        Assert.Equal(a2.Id, article.SourceProvisionId);
        Assert.Equal(code.Id, article.SourceDocumentId);
        Assert.Equal(chapter.Id, article.ChapterId);
        Assert.Equal("9.1", topic.Code);
    }

    [Fact]
    public void Guiding_articles_hang_under_the_article_they_guide()
    {
        var (topic, chapter) = TopicInProgress();
        var code = CivilCode();
        var decree = new LegalDocument(DocumentNumber.Parse("21/2021/NĐ-CP"), LegalDocumentType.Decree,
            "Nghị định quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ", "Chính phủ", issueDate: new(2021, 3, 19), effectiveDate: new(2021, 5, 15));
        var d1 = decree.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", "…");
        decree.RefreshStatus(Today);

        var guided = topic.AddArticle(Justice.Id, chapter, null, code, code.FindArticle("1")!, CodeSymbolFormat.Default);
        var guiding = topic.AddArticle(Justice.Id, chapter, null, decree, d1, CodeSymbolFormat.Default, guided);

        Assert.Equal("Điều 9.1.NĐ.1", guiding.Symbol);
        Assert.Equal(guided.Id, guiding.GuidedArticleId);
        Assert.Equal("CODE_ARTICLE_HAS_GUIDING_ARTICLES", Assert.Throws<DomainException>(() => topic.RemoveArticle(Justice.Id, guided)).Code);
        topic.RemoveArticle(Justice.Id, guiding);
        topic.RemoveArticle(Justice.Id, guided);
        Assert.Empty(topic.Articles);

        var (other, _) = TopicInProgress();
        var foreign = other.AddArticle(Justice.Id, null, null, code, code.FindArticle("2")!, CodeSymbolFormat.Default);
        Assert.Equal("CODE_GUIDED_ARTICLE_NOT_IN_TOPIC",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, chapter, null, decree, d1, CodeSymbolFormat.Default, foreign)).Code);
        Assert.Equal("CODE_ARTICLE_NOT_IN_TOPIC", Assert.Throws<DomainException>(() => topic.RemoveArticle(Justice.Id, foreign)).Code);
    }

    [Fact]
    public void Only_the_assigned_ministry_may_edit()
    {
        var (topic, chapter) = TopicInProgress();
        var code = CivilCode();
        var article = topic.AddArticle(Justice.Id, chapter, null, code, code.FindArticle("1")!, CodeSymbolFormat.Default);
        var other = Labour.Id;

        Action[] edits =
        [
            () => topic.Rename(other, "Dân sự (sửa)"),
            () => topic.AddChapter(other, "II", "XÁC LẬP QUYỀN DÂN SỰ"),
            () => topic.AddSection(other, chapter, "1", "Mục 1"),
            () => topic.AddArticle(other, chapter, null, code, code.FindArticle("2")!, CodeSymbolFormat.Default),
            () => topic.RemoveArticle(other, article),
            () => topic.SubmitForAppraisal(other),
        ];
        foreach (var edit in edits)
            Assert.Equal("TOPIC_NOT_ASSIGNED_TO_MINISTRY", Assert.Throws<DomainException>(edit).Code);

        var fresh = new CodificationTopic(Civil, 2, "Quy định thi hành Bộ luật Dân sự", Justice.Id);
        Assert.Equal("TOPIC_NOT_ASSIGNED_TO_MINISTRY", Assert.Throws<DomainException>(() => fresh.StartEntering(other)).Code);
        Assert.Single(topic.Chapters);
        Assert.Equal("Dân sự", topic.Name);
    }

    [Fact]
    public void Topic_is_edited_only_while_in_progress_or_updating()
    {
        var topic = new CodificationTopic(Civil, 1, "Dân sự", Justice.Id);
        Assert.Equal("TOPIC_NOT_EDITABLE", Assert.Throws<DomainException>(() => topic.AddChapter(Justice.Id, "I", "CHUNG")).Code);

        var (entered, chapter) = TopicInProgress();
        var code = CivilCode();
        entered.AddArticle(Justice.Id, chapter, null, code, code.FindArticle("1")!, CodeSymbolFormat.Default);
        entered.SubmitForAppraisal(Justice.Id);
        Assert.Equal("TOPIC_NOT_EDITABLE", Assert.Throws<DomainException>(() => entered.Rename(Justice.Id, "Khác")).Code);
        Assert.Equal("TOPIC_NOT_EDITABLE",
            Assert.Throws<DomainException>(() => entered.AddArticle(Justice.Id, chapter, null, code, code.FindArticle("2")!, CodeSymbolFormat.Default)).Code);
    }

    [Fact]
    public void Full_workflow_with_a_return_from_appraisal_and_a_later_update()
    {
        var (topic, chapter) = TopicInProgress(Labour);
        var code = CivilCode();
        topic.AddArticle(Labour.Id, chapter, null, code, code.FindArticle("1")!, CodeSymbolFormat.Default);

        topic.SubmitForAppraisal(Labour.Id);
        Assert.Equal(CodificationTopicStatus.Appraisal, topic.Status);
        topic.ReturnFromAppraisal(Justice, "Bổ sung ghi chú nguồn.");
        Assert.Equal(CodificationTopicStatus.InProgress, topic.Status);
        Assert.Equal("Bổ sung ghi chú nguồn.", topic.AppraisalRemarks);
        topic.AddArticle(Labour.Id, chapter, null, code, code.FindArticle("2")!, CodeSymbolFormat.Default);
        topic.SubmitForAppraisal(Labour.Id);
        Assert.Null(topic.AppraisalRemarks);
        topic.SubmitToGovernment(Justice);
        topic.Approve(Justice, new(2019, 5, 10), "Phiên họp Chính phủ thường kỳ tháng 5 năm 2019");
        topic.Publish(Justice, new(2019, 6, 1));
        Assert.Equal(CodificationTopicStatus.Published, topic.Status);
        Assert.Equal(new DateOnly(2019, 6, 1), topic.PublishedOn);

        topic.StartUpdating(Labour.Id);
        topic.Rename(Labour.Id, "Dân sự – cập nhật");
        topic.SubmitForAppraisal(Labour.Id);
        Assert.Equal(CodificationTopicStatus.Appraisal, topic.Status);
    }

    public static TheoryData<CodificationTopicStatus, string> RefusedMoves => new()
    {
        { CodificationTopicStatus.NotStarted, "appraise" },
        { CodificationTopicStatus.NotStarted, "publish" },
        { CodificationTopicStatus.InProgress, "government" },
        { CodificationTopicStatus.InProgress, "approve" },
        { CodificationTopicStatus.InProgress, "update" },
        { CodificationTopicStatus.Appraisal, "approve" },
        { CodificationTopicStatus.Appraisal, "start" },
        { CodificationTopicStatus.SubmittedToGovernment, "publish" },
        { CodificationTopicStatus.SubmittedToGovernment, "return" },
        { CodificationTopicStatus.Approved, "update" },
        { CodificationTopicStatus.Approved, "appraise" },
        { CodificationTopicStatus.Published, "appraise" },
        { CodificationTopicStatus.Published, "approve" },
        { CodificationTopicStatus.Updating, "publish" },
        { CodificationTopicStatus.Updating, "start" },
    };

    [Theory, MemberData(nameof(RefusedMoves))]
    public void Only_allowed_transitions(CodificationTopicStatus from, string move)
    {
        var topic = TopicIn(from);
        Action act = move switch
        {
            "start" => () => topic.StartEntering(Justice.Id),
            "appraise" => () => topic.SubmitForAppraisal(Justice.Id),
            "return" => () => topic.ReturnFromAppraisal(Justice, "Sửa lại."),
            "government" => () => topic.SubmitToGovernment(Justice),
            "approve" => () => topic.Approve(Justice, new(2020, 1, 1)),
            "publish" => () => topic.Publish(Justice, new(2020, 2, 1)),
            _ => () => topic.StartUpdating(Justice.Id),
        };
        Assert.Equal("TOPIC_TRANSITION_NOT_ALLOWED", Assert.Throws<DomainException>(act).Code);
        Assert.Equal(from, topic.Status);
    }

    [Fact]
    public void Workflow_table_is_the_documented_one()
    {
        var allowed = Enum.GetValues<CodificationTopicStatus>()
            .SelectMany(f => Enum.GetValues<CodificationTopicStatus>().Select(t => (f, t)))
            .Where(p => CodificationTopic.Workflow.IsAllowed(p.f, p.t)).ToList();
        Assert.Equal(8, allowed.Count);
        Assert.Contains((CodificationTopicStatus.Appraisal, CodificationTopicStatus.InProgress), allowed);
        Assert.Contains((CodificationTopicStatus.Published, CodificationTopicStatus.Updating), allowed);
    }

    [Fact]
    public void Only_the_ministry_of_justice_appraises_submits_and_publishes()
    {
        var topic = TopicIn(CodificationTopicStatus.Appraisal);
        foreach (var notJustice in new[] { Labour, JusticeUnit })
        {
            Assert.Equal("TOPIC_APPRAISAL_BY_MOJ_ONLY", Assert.Throws<DomainException>(() => topic.ReturnFromAppraisal(notJustice, "…")).Code);
            Assert.Equal("TOPIC_APPRAISAL_BY_MOJ_ONLY", Assert.Throws<DomainException>(() => topic.SubmitToGovernment(notJustice)).Code);
            Assert.Equal("TOPIC_APPRAISAL_BY_MOJ_ONLY", Assert.Throws<DomainException>(() => topic.Approve(notJustice, Today)).Code);
            Assert.Equal("TOPIC_APPRAISAL_BY_MOJ_ONLY", Assert.Throws<DomainException>(() => topic.Publish(notJustice, Today)).Code);
            Assert.Equal("TOPIC_APPRAISAL_BY_MOJ_ONLY", Assert.Throws<DomainException>(() => topic.Reassign(notJustice, Labour.Id)).Code);
        }
        Assert.Equal("TEXT_REQUIRED", Assert.Throws<DomainException>(() => topic.ReturnFromAppraisal(Justice, " ")).Code);
        topic.Reassign(Justice, Labour.Id);
        Assert.Equal(Labour.Id, topic.AssignedMinistryId);
    }

    [Fact]
    public void Publication_cannot_precede_approval()
    {
        var topic = TopicIn(CodificationTopicStatus.Approved);
        var error = Assert.Throws<DomainException>(() => topic.Publish(Justice, new(2019, 12, 31)));
        Assert.Equal("TOPIC_PUBLISHED_BEFORE_APPROVAL", error.Code);
    }

    [Fact]
    public void Empty_topic_cannot_go_to_appraisal()
    {
        var (topic, _) = TopicInProgress();
        Assert.Equal("TOPIC_EMPTY", Assert.Throws<DomainException>(() => topic.SubmitForAppraisal(Justice.Id)).Code);
    }

    [Fact]
    public void Source_must_be_an_article_of_a_document_in_force()
    {
        var (topic, chapter) = TopicInProgress();
        var code = CivilCode();
        var clause = code.ChildrenOf(code.FindArticle("2")).First();
        Assert.Equal("CODE_SOURCE_NOT_ARTICLE",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, chapter, null, code, clause, CodeSymbolFormat.Default)).Code);
        var other = CivilCode();
        Assert.Equal("CODE_SOURCE_NOT_ARTICLE",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, chapter, null, code, other.FindArticle("1")!, CodeSymbolFormat.Default)).Code);

        var old = new LegalDocument(DocumentNumber.Parse("33/2005/QH11"), LegalDocumentType.CodeOfLaws, "Bộ luật Dân sự", "Quốc hội",
            issueDate: new(2005, 6, 14), effectiveDate: new(2006, 1, 1));
        old.SetDates(new(2005, 6, 14), new(2006, 1, 1), new(2017, 1, 1), null);
        var oldArticle = old.AddProvision(ProvisionKind.Article, "1", null, "…");
        old.RefreshStatus(Today);
        Assert.Equal("CODE_SOURCE_NOT_IN_FORCE",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, chapter, null, old, oldArticle, CodeSymbolFormat.Default)).Code);

        var partly = CivilCode();
        partly.ChangeStatus(ValidityStatus.PartlyExpired, Today);
        topic.AddArticle(Justice.Id, chapter, null, partly, partly.FindArticle("1")!, CodeSymbolFormat.Default);
    }

    [Fact]
    public void Source_article_and_symbol_appear_once_per_topic()
    {
        var (topic, chapter) = TopicInProgress();
        var code = CivilCode();
        topic.AddArticle(Justice.Id, chapter, null, code, code.FindArticle("1")!, CodeSymbolFormat.Default);

        Assert.Equal("CODE_SOURCE_ALREADY_CODIFIED",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, chapter, null, code, code.FindArticle("1")!, CodeSymbolFormat.Default)).Code);
        // Another code of laws with an article 1 would get the same symbol.
        var labourCode = new LegalDocument(DocumentNumber.Parse("45/2019/QH14"), LegalDocumentType.CodeOfLaws, "Bộ luật Lao động", "Quốc hội",
            issueDate: new(2019, 11, 20), effectiveDate: new(2021, 1, 1));
        var l1 = labourCode.AddProvision(ProvisionKind.Article, "1", null, "…");
        labourCode.RefreshStatus(Today);
        Assert.Equal("CODE_ARTICLE_SYMBOL_DUPLICATE",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, chapter, null, labourCode, l1, CodeSymbolFormat.Default)).Code);
    }

    [Fact]
    public void Chapters_and_sections_must_belong_to_the_topic()
    {
        var (topic, chapter) = TopicInProgress();
        var (other, foreignChapter) = TopicInProgress();
        var second = topic.AddChapter(Justice.Id, "II", "XÁC LẬP QUYỀN DÂN SỰ");
        var section = topic.AddSection(Justice.Id, second, "1", "QUY ĐỊNH CHUNG");
        var code = CivilCode();
        var a1 = code.FindArticle("1")!;

        Assert.Equal("CODE_CHAPTER_NOT_IN_TOPIC", Assert.Throws<DomainException>(() => topic.AddSection(Justice.Id, foreignChapter, "1", "Mục")).Code);
        Assert.Equal("CODE_CHAPTER_NOT_IN_TOPIC",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, foreignChapter, null, code, a1, CodeSymbolFormat.Default)).Code);
        Assert.Equal("CODE_SECTION_NOT_IN_CHAPTER",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, chapter, section, code, a1, CodeSymbolFormat.Default)).Code);
        Assert.Equal("CODE_SECTION_NOT_IN_CHAPTER",
            Assert.Throws<DomainException>(() => topic.AddArticle(Justice.Id, null, section, code, a1, CodeSymbolFormat.Default)).Code);

        var article = topic.AddArticle(Justice.Id, second, section, code, a1, CodeSymbolFormat.Default);
        Assert.Equal(section.Id, article.SectionId);
        Assert.Equal([0, 1], topic.Chapters.Select(c => c.Position));
        Assert.NotNull(other);
    }

    [Fact]
    public void Numbers_and_names_are_validated()
    {
        Assert.Equal("CODIFICATION_NUMBER_INVALID", Assert.Throws<DomainException>(() => new CodificationSubject(0, "Dân sự")).Code);
        Assert.Equal("TEXT_REQUIRED", Assert.Throws<DomainException>(() => new CodificationSubject(9, " ")).Code);
        Assert.Equal("CODIFICATION_NUMBER_INVALID", Assert.Throws<DomainException>(() => new CodificationTopic(Civil, 0, "Dân sự", Justice.Id)).Code);
        Assert.Equal("TEXT_REQUIRED", Assert.Throws<DomainException>(() => new CodificationTopic(Civil, 1, "", Justice.Id)).Code);
    }

    [Fact]
    public void Import_records_the_existing_state_consistently()
    {
        var topic = CodificationTopic.Import(Civil, 3, "Quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ", Justice.Id,
            CodificationTopicStatus.Published, [("I", "NHỮNG QUY ĐỊNH CHUNG", "09003000000000001000")], new(2022, 3, 1), "Phiên họp", new(2022, 3, 20));
        Assert.Equal(CodificationTopicStatus.Published, topic.Status);
        Assert.Equal("09003000000000001000", Assert.Single(topic.Chapters).SourceCode);

        Assert.Equal("TOPIC_IMPORT_INCONSISTENT", Assert.Throws<DomainException>(() =>
            CodificationTopic.Import(Civil, 3, "X", Justice.Id, CodificationTopicStatus.Published, [], new(2022, 3, 1))).Code);
        Assert.Equal("TOPIC_IMPORT_INCONSISTENT", Assert.Throws<DomainException>(() =>
            CodificationTopic.Import(Civil, 3, "X", Justice.Id, CodificationTopicStatus.InProgress, [], new(2022, 3, 1))).Code);
        Assert.Equal("TOPIC_IMPORT_INCONSISTENT", Assert.Throws<DomainException>(() =>
            CodificationTopic.Import(Civil, 3, "X", Justice.Id, CodificationTopicStatus.NotStarted, [("I", "CHUNG", null)])).Code);
        Assert.Equal("TOPIC_PUBLISHED_BEFORE_APPROVAL", Assert.Throws<DomainException>(() =>
            CodificationTopic.Import(Civil, 3, "X", Justice.Id, CodificationTopicStatus.Published, [], new(2022, 3, 1), null, new(2022, 2, 1))).Code);
    }

    /// <summary>A topic of Justice brought to <paramref name="status"/> through the workflow.</summary>
    private static CodificationTopic TopicIn(CodificationTopicStatus status)
    {
        if (status == CodificationTopicStatus.NotStarted) return new CodificationTopic(Civil, 1, "Dân sự", Justice.Id);
        var (topic, chapter) = TopicInProgress();
        if (status == CodificationTopicStatus.InProgress) return topic;
        var code = CivilCode();
        topic.AddArticle(Justice.Id, chapter, null, code, code.FindArticle("1")!, CodeSymbolFormat.Default);
        topic.SubmitForAppraisal(Justice.Id);
        if (status == CodificationTopicStatus.Appraisal) return topic;
        topic.SubmitToGovernment(Justice);
        if (status == CodificationTopicStatus.SubmittedToGovernment) return topic;
        topic.Approve(Justice, new(2020, 1, 1));
        if (status == CodificationTopicStatus.Approved) return topic;
        topic.Publish(Justice, new(2020, 2, 1));
        if (status == CodificationTopicStatus.Published) return topic;
        topic.StartUpdating(Justice.Id);
        return topic;
    }
}
