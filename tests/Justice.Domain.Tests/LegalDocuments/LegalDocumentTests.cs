using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;

namespace Justice.Domain.Tests.LegalDocuments;

public sealed class LegalDocumentTests
{
    private static readonly DateOnly Issued = new(2015, 11, 15);
    private static readonly DateOnly Effective = new(2016, 1, 1);

    internal static LegalDocument Decree(string number = "123/2015/NĐ-CP") =>
        new(DocumentNumber.Parse(number), LegalDocumentType.Decree,
            "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", "Chính phủ",
            issueDate: Issued, effectiveDate: Effective);

    [Fact]
    public void New_document_keeps_its_metadata_normalised()
    {
        var document = new LegalDocument(DocumentNumber.Parse("52/2014/QH13"), LegalDocumentType.Law,
            "  Luật   Hôn nhân và gia đình ".Normalize(System.Text.NormalizationForm.FormD), "Quốc hội");

        Assert.Equal("Luật Hôn nhân và gia đình", document.Title);
        Assert.Equal(ValidityStatus.NotYetInForce, document.Status);
        Assert.True(document.IsCentral);
        Assert.Equal("Luật số 52/2014/QH13", document.Citation);
    }

    [Theory]
    [InlineData("", "Quốc hội", "TEXT_REQUIRED")]
    [InlineData("Luật Hộ tịch", " ", "TEXT_REQUIRED")]
    public void Title_and_issuing_body_are_required(string title, string issuer, string code)
    {
        var error = Assert.Throws<DomainException>(() => new LegalDocument(null, LegalDocumentType.Law, title, issuer));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Effective_date_cannot_precede_issue_date()
    {
        var error = Assert.Throws<DomainException>(() => new LegalDocument(null, LegalDocumentType.Law, "Luật Hộ tịch", "Quốc hội",
            issueDate: Effective, effectiveDate: Issued));
        Assert.Equal("DOCUMENT_EFFECTIVE_BEFORE_ISSUE", error.Code);
    }

    [Fact]
    public void Same_day_effect_is_allowed()
    {
        var document = Decree();
        document.SetDates(Issued, Issued, null, Issued);
        Assert.Equal(Issued, document.EffectiveDate);
    }

    [Theory]
    [InlineData(2016, 1, 1)]
    [InlineData(2015, 12, 31)]
    public void Expiry_must_follow_effect(int year, int month, int day)
    {
        var document = Decree();
        var error = Assert.Throws<DomainException>(() => document.SetDates(Issued, Effective, new DateOnly(year, month, day), null));
        Assert.Equal("DOCUMENT_EXPIRY_NOT_AFTER_EFFECTIVE", error.Code);
    }

    [Fact]
    public void Gazette_publication_cannot_precede_issue()
    {
        var document = Decree();
        var error = Assert.Throws<DomainException>(() => document.SetDates(Issued, Effective, null, Issued.AddDays(-1)));
        Assert.Equal("DOCUMENT_GAZETTE_BEFORE_ISSUE", error.Code);
    }

    [Fact]
    public void Status_follows_the_dates()
    {
        var document = Decree();
        document.SetDates(Issued, Effective, new DateOnly(2023, 1, 1), null);

        Assert.Equal(ValidityStatus.NotYetInForce, document.StatusOn(Issued));
        Assert.Equal(ValidityStatus.InForce, document.StatusOn(Effective));
        Assert.Equal(ValidityStatus.InForce, document.StatusOn(new DateOnly(2022, 12, 31)));
        Assert.Equal(ValidityStatus.Expired, document.StatusOn(new DateOnly(2023, 1, 1)));

        Assert.True(document.RefreshStatus(new DateOnly(2020, 5, 5)));
        Assert.Equal(ValidityStatus.InForce, document.Status);
        Assert.False(document.RefreshStatus(new DateOnly(2020, 5, 6)));
        Assert.True(document.RefreshStatus(new DateOnly(2024, 1, 1)));
        Assert.Equal(ValidityStatus.Expired, document.Status);
    }

    [Fact]
    public void Partial_expiry_and_suspension_survive_a_refresh_while_in_force()
    {
        var document = Decree();
        var today = new DateOnly(2020, 1, 1);
        document.ChangeStatus(ValidityStatus.PartlyExpired, today);
        document.RefreshStatus(today);
        Assert.Equal(ValidityStatus.PartlyExpired, document.Status);

        document.ChangeStatus(ValidityStatus.Suspended, today);
        Assert.Equal(ValidityStatus.Suspended, document.StatusOn(today.AddDays(10)));

        document.SetDates(Issued, Effective, new DateOnly(2021, 1, 1), null);
        Assert.Equal(ValidityStatus.Expired, document.StatusOn(new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void Expired_needs_an_expiry_date()
    {
        var document = Decree();
        var error = Assert.Throws<DomainException>(() => document.ChangeStatus(ValidityStatus.Expired, new DateOnly(2024, 1, 1)));
        Assert.Equal("DOCUMENT_EXPIRY_DATE_REQUIRED", error.Code);
    }

    [Fact]
    public void Expired_document_cannot_lose_its_expiry_date()
    {
        var document = Decree();
        document.SetDates(Issued, Effective, new DateOnly(2021, 1, 1), null);
        document.ChangeStatus(ValidityStatus.Expired, new DateOnly(2022, 1, 1));

        var error = Assert.Throws<DomainException>(() => document.SetDates(Issued, Effective, null, null));
        Assert.Equal("DOCUMENT_EXPIRY_DATE_REQUIRED", error.Code);
    }

    [Theory]
    [InlineData(ValidityStatus.Expired, 2020, 6, 1)]        // expiry not reached
    [InlineData(ValidityStatus.NotYetInForce, 2020, 6, 1)]  // already in force
    [InlineData(ValidityStatus.InForce, 2015, 12, 1)]       // not yet in force
    [InlineData(ValidityStatus.PartlyExpired, 2015, 12, 1)]
    [InlineData(ValidityStatus.Suspended, 2015, 12, 1)]
    [InlineData(ValidityStatus.InForce, 2021, 6, 1)]        // already expired
    public void Status_contradicting_the_dates_is_refused(ValidityStatus status, int year, int month, int day)
    {
        var document = Decree();
        document.SetDates(Issued, Effective, new DateOnly(2021, 1, 1), null);

        var error = Assert.Throws<DomainException>(() => document.ChangeStatus(status, new DateOnly(year, month, day)));
        Assert.Equal("DOCUMENT_STATUS_INCONSISTENT", error.Code);
    }

    [Fact]
    public void Status_of_a_document_without_dates_is_taken_as_decided()
    {
        var document = new LegalDocument(null, LegalDocumentType.Law, "Luật Du lịch", "Quốc hội");
        document.ChangeStatus(ValidityStatus.InForce, new DateOnly(2024, 1, 1));
        Assert.Equal(ValidityStatus.InForce, document.StatusOn(new DateOnly(1990, 1, 1)));
    }

    [Fact]
    public void Fields_are_deduplicated_and_limited()
    {
        var document = Decree();
        document.SetFields(["Hộ tịch", " hộ tịch ", "Tư pháp"]);
        Assert.Equal(["Hộ tịch", "Tư pháp"], document.Fields);

        var error = Assert.Throws<DomainException>(() => document.SetFields(Enumerable.Range(1, 11).Select(i => $"Lĩnh vực {i}")));
        Assert.Equal("DOCUMENT_FIELDS_TOO_MANY", error.Code);
        Assert.Equal("TEXT_REQUIRED", Assert.Throws<DomainException>(() => document.SetFields([""])).Code);
    }

    [Fact]
    public void Provisions_form_an_ordered_tree()
    {
        var document = Decree();
        var chapter = document.AddProvision(ProvisionKind.Chapter, "I", "NHỮNG QUY ĐỊNH CHUNG", null);
        var article = document.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", "Nghị định này quy định:", chapter);
        var clause = document.AddProvision(ProvisionKind.Clause, "1", null, "Đăng ký khai sinh;", article);
        document.AddProvision(ProvisionKind.Point, "a", null, "Khai sinh đúng hạn;", clause);
        document.AddProvision(ProvisionKind.Point, "b", null, "Khai sinh quá hạn.", clause);
        document.AddProvision(ProvisionKind.Clause, "2", null, "Đăng ký kết hôn.", article);
        document.AddProvision(ProvisionKind.Article, "2", "Hiệu lực thi hành", "Nghị định này có hiệu lực từ ngày 01/01/2016.", chapter);

        Assert.Equal(Enumerable.Range(0, 7), document.Provisions.Select(p => p.Position));
        Assert.Equal(["1", "2"], document.Articles.Select(a => a.Number));
        Assert.Equal(["1", "2"], document.ChildrenOf(article).Select(c => c.Number));
        Assert.Same(article, document.FindArticle("1"));
        Assert.Null(document.FindArticle("9"));
        Assert.Equal("Điều 1", article.Label);
        Assert.Equal("khoản 1", clause.Label);
        Assert.Equal("Nghị định này quy định:\n\n1. Đăng ký khai sinh;\n\na) Khai sinh đúng hạn;\n\nb) Khai sinh quá hạn.\n\n2. Đăng ký kết hôn.",
            document.FullTextOf(article));
    }

    [Fact]
    public void Article_numbers_are_unique_within_a_document()
    {
        var document = Decree();
        var chapter = document.AddProvision(ProvisionKind.Chapter, "I", null, null);
        document.AddProvision(ProvisionKind.Article, "5", null, "…", chapter);

        var error = Assert.Throws<DomainException>(() => document.AddProvision(ProvisionKind.Article, " 5 ", null, "…"));
        Assert.Equal("PROVISION_ARTICLE_NUMBER_DUPLICATE", error.Code);
        // Clause numbers repeat across articles.
        var a6 = document.AddProvision(ProvisionKind.Article, "6", null, "…");
        document.AddProvision(ProvisionKind.Clause, "1", null, "…", a6);
        document.AddProvision(ProvisionKind.Clause, "1", null, "…", document.FindArticle("5"));
    }

    [Theory]
    [InlineData(ProvisionKind.Article, ProvisionKind.Chapter)]
    [InlineData(ProvisionKind.Article, ProvisionKind.Article)]
    [InlineData(ProvisionKind.Chapter, ProvisionKind.Part)]
    [InlineData(ProvisionKind.Chapter, ProvisionKind.Clause)]
    public void Provision_hierarchy_is_enforced(ProvisionKind parentKind, ProvisionKind childKind)
    {
        var document = Decree();
        var parent = parentKind switch
        {
            ProvisionKind.Chapter => document.AddProvision(ProvisionKind.Chapter, "I", null, null),
            _ => document.AddProvision(ProvisionKind.Article, "1", null, "…"),
        };
        var error = Assert.Throws<DomainException>(() => document.AddProvision(childKind, "2", null, "…", parent));
        Assert.Equal("PROVISION_HIERARCHY_INVALID", error.Code);
    }

    [Theory]
    [InlineData(ProvisionKind.Clause)]
    [InlineData(ProvisionKind.Point)]
    public void Clauses_and_points_need_an_article(ProvisionKind kind)
    {
        var error = Assert.Throws<DomainException>(() => Decree().AddProvision(kind, "1", null, "…"));
        Assert.Equal("PROVISION_HIERARCHY_INVALID", error.Code);
    }

    [Fact]
    public void Parent_must_belong_to_the_document()
    {
        var other = Decree("124/2015/NĐ-CP");
        var foreign = other.AddProvision(ProvisionKind.Article, "1", null, "…");

        var error = Assert.Throws<DomainException>(() => Decree().AddProvision(ProvisionKind.Clause, "1", null, "…", foreign));
        Assert.Equal("PROVISION_PARENT_NOT_IN_DOCUMENT", error.Code);
    }

    [Fact]
    public void Provision_number_is_required()
    {
        var error = Assert.Throws<DomainException>(() => Decree().AddProvision(ProvisionKind.Article, " ", null, "…"));
        Assert.Equal("TEXT_REQUIRED", error.Code);
    }

    [Fact]
    public void Relations_refuse_self_and_duplicates()
    {
        var decree = Decree();
        var law = new LegalDocument(DocumentNumber.Parse("60/2014/QH13"), LegalDocumentType.Law, "Luật Hộ tịch", "Quốc hội");

        decree.AddRelation(LegalDocumentRelationType.Guides, law.Id);
        decree.AddRelation(LegalDocumentRelationType.LegalBasis, law.Id, "Điều 77");

        Assert.Equal("DOCUMENT_RELATION_SELF",
            Assert.Throws<DomainException>(() => decree.AddRelation(LegalDocumentRelationType.Amends, decree.Id)).Code);
        Assert.Equal("DOCUMENT_RELATION_DUPLICATE",
            Assert.Throws<DomainException>(() => decree.AddRelation(LegalDocumentRelationType.Guides, law.Id)).Code);
        Assert.Equal(2, decree.Relations.Count);
        Assert.Equal("Điều 77", decree.Relations[1].Note);

        decree.RemoveRelation(LegalDocumentRelationType.Guides, law.Id);
        Assert.Single(decree.Relations);
        Assert.Equal("DOCUMENT_RELATION_NOT_FOUND",
            Assert.Throws<DomainException>(() => decree.RemoveRelation(LegalDocumentRelationType.Guides, law.Id)).Code);
    }

    [Fact]
    public void Only_a_consolidated_text_consolidates()
    {
        var code = new LegalDocument(DocumentNumber.Parse("100/2015/QH13"), LegalDocumentType.CodeOfLaws, "Bộ luật Hình sự", "Quốc hội");
        var consolidated = new LegalDocument(DocumentNumber.Parse("01/VBHN-VPQH"), LegalDocumentType.ConsolidatedText, "Bộ luật Hình sự", "Văn phòng Quốc hội");

        consolidated.AddRelation(LegalDocumentRelationType.Consolidates, code.Id);
        var error = Assert.Throws<DomainException>(() => Decree().AddRelation(LegalDocumentRelationType.Consolidates, code.Id));
        Assert.Equal("DOCUMENT_RELATION_CONSOLIDATES_TYPE", error.Code);
    }

    [Theory]
    [InlineData("ftp://example.org/a.pdf")]
    [InlineData("phu-luc.pdf")]
    [InlineData("javascript:alert(1)")]
    public void Attachment_links_must_be_http(string link)
    {
        var error = Assert.Throws<DomainException>(() => Decree().AddAttachment("Phụ lục I", link));
        Assert.Equal("ATTACHMENT_LINK_INVALID", error.Code);
    }

    [Fact]
    public void Attachments_are_not_repeated()
    {
        var document = Decree();
        document.AddAttachment("Phụ lục I", "https://vanban.demo.invalid/phu-luc-1.pdf");
        var error = Assert.Throws<DomainException>(() => document.AddAttachment("Phụ lục 1", "https://vanban.demo.invalid/phu-luc-1.pdf"));
        Assert.Equal("ATTACHMENT_DUPLICATE", error.Code);
    }

    [Fact]
    public void Signer_and_scope()
    {
        var document = Decree();
        var province = Guid.NewGuid();
        document.SetSigner("Nguyễn Văn A", "KT. Thủ tướng – Phó Thủ tướng");
        document.SetScope(province);

        Assert.Equal("Nguyễn Văn A", document.SignerName);
        Assert.False(document.IsCentral);
        Assert.Equal("TEXT_TOO_LONG", Assert.Throws<DomainException>(() => document.SetSigner(new string('a', 201), null)).Code);
    }
}
