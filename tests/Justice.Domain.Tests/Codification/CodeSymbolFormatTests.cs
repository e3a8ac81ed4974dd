using Justice.Domain.Codification;
using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;

namespace Justice.Domain.Tests.Codification;

public sealed class CodeSymbolFormatTests
{
    [Theory]
    [InlineData(1, 1, LegalDocumentType.Law, "1", "Điều 1.1.LQ.1")]
    [InlineData(9, 1, LegalDocumentType.CodeOfLaws, "688", "Điều 9.1.BL.688")]
    [InlineData(15, 3, LegalDocumentType.Decree, "12", "Điều 15.3.NĐ.12")]
    [InlineData(20, 2, LegalDocumentType.Circular, "5a", "Điều 20.2.TT.5a")]
    [InlineData(44, 10, LegalDocumentType.JointCircular, "3", "Điều 44.10.TTLT.3")]
    public void Builds_the_default_symbol(int subject, int topic, LegalDocumentType type, string article, string expected)
    {
        Assert.Equal(expected, CodeSymbolFormat.Default.Build(subject, topic, type, article));
    }

    [Fact]
    public void Template_and_letters_are_configurable()
    {
        var format = new CodeSymbolFormat("{subject}.{topic}.{source}.{article}.",
            new Dictionary<LegalDocumentType, string> { [LegalDocumentType.Law] = "L" });

        Assert.Equal("1.1.L.1.", format.Build(1, 1, LegalDocumentType.Law, "1"));
        Assert.Equal("CODE_SOURCE_TYPE_UNSUPPORTED",
            Assert.Throws<DomainException>(() => format.Build(1, 1, LegalDocumentType.Decree, "1")).Code);
    }

    [Theory]
    [InlineData("Điều {subject}.{topic}.{source}")]
    [InlineData("Điều {topic}.{source}.{article}")]
    [InlineData("")]
    public void Template_needs_every_part(string template)
    {
        var error = Assert.Throws<DomainException>(() => new CodeSymbolFormat(template));
        Assert.Contains(error.Code, new[] { "CODE_SYMBOL_TEMPLATE_INVALID", "TEXT_REQUIRED" });
    }

    [Theory]
    [InlineData(0, 1, "1", "CODE_SYMBOL_PART_INVALID")]
    [InlineData(1, 0, "1", "CODE_SYMBOL_PART_INVALID")]
    [InlineData(1, 1, "1.2", "CODE_SYMBOL_PART_INVALID")]
    [InlineData(1, 1, "1 2", "CODE_SYMBOL_PART_INVALID")]
    [InlineData(1, 1, " ", "TEXT_REQUIRED")]
    public void Rejects_invalid_parts(int subject, int topic, string article, string code)
    {
        var error = Assert.Throws<DomainException>(() => CodeSymbolFormat.Default.Build(subject, topic, LegalDocumentType.Law, article));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Source_note_names_the_article_document_dates_and_issuer()
    {
        var law = new LegalDocument(DocumentNumber.Parse("52/2014/QH13"), LegalDocumentType.Law, "Luật Hôn nhân và gia đình", "Quốc hội",
            issueDate: new(2014, 6, 19), effectiveDate: new(2015, 1, 1));
        var article = law.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", "…");

        Assert.Equal("(Điều 1 Luật số 52/2014/QH13 Hôn nhân và gia đình ngày 19/06/2014 của Quốc hội, có hiệu lực từ 01/01/2015)",
            CodeSourceNote.For(law, article));

        var untitled = new LegalDocument(null, LegalDocumentType.Law, "Luật Du lịch", "Quốc hội");
        var first = untitled.AddProvision(ProvisionKind.Article, "3", null, "…");
        Assert.Equal("(Điều 3 Luật Du lịch của Quốc hội)", CodeSourceNote.For(untitled, first));
    }
}
