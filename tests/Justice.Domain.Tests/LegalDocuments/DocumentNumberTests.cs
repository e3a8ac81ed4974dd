using System.Text;
using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;

namespace Justice.Domain.Tests.LegalDocuments;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("52/2014/QH13", "52", 2014, null, "QH", 13)]
    [InlineData("45/2019/QH14", "45", 2019, null, "QH", 14)]
    [InlineData("24/2018/QH14", "24", 2018, null, "QH", 14)]
    [InlineData("91/2015/QH13", "91", 2015, null, "QH", 13)]
    [InlineData("02/2022/UBTVQH15", "02", 2022, null, "UBTVQH", 15)]
    [InlineData("123/2015/NĐ-CP", "123", 2015, "NĐ", "CP", null)]
    [InlineData("03/2019/TT-BTP", "03", 2019, "TT", "BTP", null)]
    [InlineData("1819/QĐ-TTg", "1819", null, "QĐ", "TTg", null)]
    [InlineData("01/VBHN-VPQH", "01", null, "VBHN", "VPQH", null)]
    [InlineData("15/2023/QĐ-UBND", "15", 2023, "QĐ", "UBND", null)]
    [InlineData("02/2024/NQ-HĐND", "02", 2024, "NQ", "HĐND", null)]
    [InlineData("35/2023/NQ-UBTVQH15", "35", 2023, "NQ", "UBTVQH15", null)]
    [InlineData("05/2015/L-CTN", "05", 2015, "L", "CTN", null)]
    [InlineData("01/2017/NQ-HĐTP", "01", 2017, "NQ", "HĐTP", null)]
    [InlineData("22/2018/TT-BGDĐT", "22", 2018, "TT", "BGDĐT", null)]
    public void Parses_valid_numbers_into_their_parts(string text, string sequence, int? year, string? typeCode, string issuer, int? term)
    {
        var number = DocumentNumber.Parse(text);

        Assert.Equal(text, number.Value);
        Assert.Equal(text, number.ToString());
        Assert.Equal(sequence, number.Sequence);
        Assert.Equal(int.Parse(sequence), number.SequenceNumber);
        Assert.Equal(year, number.Year);
        Assert.Equal(typeCode, number.TypeCode);
        Assert.Equal(issuer, number.IssuerCode);
        Assert.Equal(term, number.LegislatureTerm);
        Assert.False(number.IsJoint);
    }

    [Fact]
    public void Joint_circular_lists_every_issuer()
    {
        var number = DocumentNumber.Parse("01/2016/TTLT-BTP-BCA");

        Assert.Equal("TTLT", number.TypeCode);
        Assert.Equal(["BTP", "BCA"], number.IssuerCodes);
        Assert.True(number.IsJoint);
        Assert.Equal(LegalDocumentType.JointCircular, number.InferType());
        Assert.Equal(["BTP", "BCA", "BQP"], DocumentNumber.Parse("02/2015/TTLT-BTP-BCA-BQP").IssuerCodes);
    }

    [Theory]
    [InlineData("123/2015/ND-CP", "123/2015/NĐ-CP")]
    [InlineData("1819/QD-TTg", "1819/QĐ-TTg")]
    [InlineData("1819/QD-TTG", "1819/QĐ-TTg")]
    [InlineData("15/2023/qd-ubnd", "15/2023/QĐ-UBND")]
    [InlineData("02/2024/NQ-HDND", "02/2024/NQ-HĐND")]
    [InlineData("123/2015/nđ-cp", "123/2015/NĐ-CP")]
    [InlineData(" 52 / 2014 / QH13 ", "52/2014/QH13")]
    [InlineData("52/2014/qh13", "52/2014/QH13")]
    [InlineData("123/2015/NĐ–CP", "123/2015/NĐ-CP")]
    [InlineData("22/2018/TT-BGDDT", "22/2018/TT-BGDĐT")]
    public void Normalises_common_spellings_to_the_canonical_form(string input, string canonical)
    {
        Assert.Equal(canonical, DocumentNumber.Parse(input).Value);
    }

    [Fact]
    public void Accepts_decomposed_unicode_input()
    {
        var nfd = "123/2015/NĐ-CP".Normalize(NormalizationForm.FormD);
        var decomposedLower = "02/2024/nq-hđnd".Normalize(NormalizationForm.FormD);

        Assert.Equal("123/2015/NĐ-CP", DocumentNumber.Parse(nfd).Value);
        Assert.Equal("02/2024/NQ-HĐND", DocumentNumber.Parse(decomposedLower).Value);
        Assert.True(DocumentNumber.Parse(nfd).Value.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(null, "DOCUMENT_NUMBER_REQUIRED")]
    [InlineData("", "DOCUMENT_NUMBER_REQUIRED")]
    [InlineData("   ", "DOCUMENT_NUMBER_REQUIRED")]
    [InlineData("123", "DOCUMENT_NUMBER_INVALID")]
    [InlineData("123/2015/NĐ-CP/X", "DOCUMENT_NUMBER_INVALID")]
    [InlineData("123//NĐ-CP", "DOCUMENT_NUMBER_INVALID")]
    [InlineData("/2015/NĐ-CP", "DOCUMENT_NUMBER_INVALID")]
    [InlineData("123/2015/CP", "DOCUMENT_NUMBER_INVALID")]
    [InlineData("123/2015/NĐ-", "DOCUMENT_NUMBER_INVALID")]
    [InlineData("123/2015/NĐ--CP", "DOCUMENT_NUMBER_INVALID")]
    [InlineData("Luật Hộ tịch", "DOCUMENT_NUMBER_INVALID")]
    [InlineData("abc/2015/NĐ-CP", "DOCUMENT_NUMBER_SEQUENCE_INVALID")]
    [InlineData("0/2015/NĐ-CP", "DOCUMENT_NUMBER_SEQUENCE_INVALID")]
    [InlineData("00/2015/NĐ-CP", "DOCUMENT_NUMBER_SEQUENCE_INVALID")]
    [InlineData("1234567/2015/NĐ-CP", "DOCUMENT_NUMBER_SEQUENCE_INVALID")]
    [InlineData("-5/2015/NĐ-CP", "DOCUMENT_NUMBER_SEQUENCE_INVALID")]
    [InlineData("123/15/NĐ-CP", "DOCUMENT_NUMBER_YEAR_INVALID")]
    [InlineData("123/20a5/NĐ-CP", "DOCUMENT_NUMBER_YEAR_INVALID")]
    [InlineData("123/1900/NĐ-CP", "DOCUMENT_NUMBER_YEAR_INVALID")]
    [InlineData("123/2200/NĐ-CP", "DOCUMENT_NUMBER_YEAR_INVALID")]
    [InlineData("123/2015/XX-CP", "DOCUMENT_NUMBER_TYPE_UNKNOWN")]
    [InlineData("123/2015/ĐN-CP", "DOCUMENT_NUMBER_TYPE_UNKNOWN")]
    [InlineData("123/2015/NĐ-C.P", "DOCUMENT_NUMBER_ISSUER_INVALID")]
    [InlineData("123/2015/NĐ-1CP", "DOCUMENT_NUMBER_ISSUER_INVALID")]
    [InlineData("123/2015/NĐ-CPé", "DOCUMENT_NUMBER_ISSUER_INVALID")]
    [InlineData("01/2016/TTLT-BTP", "DOCUMENT_NUMBER_ISSUERS_COUNT")]
    [InlineData("03/2019/TT-BTP-BCA", "DOCUMENT_NUMBER_ISSUERS_COUNT")]
    [InlineData("01/2016/TTLT-BTP-BTP", "DOCUMENT_NUMBER_ISSUER_DUPLICATE")]
    [InlineData("52/2014/QH", "DOCUMENT_NUMBER_TERM_INVALID")]
    [InlineData("52/2014/QH0", "DOCUMENT_NUMBER_TERM_INVALID")]
    [InlineData("52/2014/QH123", "DOCUMENT_NUMBER_TERM_INVALID")]
    [InlineData("52/2014/QHX", "DOCUMENT_NUMBER_TERM_INVALID")]
    [InlineData("52/2014/UBTVQH", "DOCUMENT_NUMBER_TERM_INVALID")]
    public void Rejects_malformed_numbers_with_a_stable_code(string? text, string code)
    {
        var error = Assert.Throws<DomainException>(() => DocumentNumber.Parse(text));

        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.False(DocumentNumber.TryParse(text, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Messages_are_vietnamese()
    {
        var error = Assert.Throws<DomainException>(() => DocumentNumber.Parse(""));
        Assert.Contains("Số, ký hiệu văn bản", error.Message);
    }

    [Theory]
    [InlineData("123/2015/NĐ-CP", null, LegalDocumentType.Decree)]
    [InlineData("03/2019/TT-BTP", null, LegalDocumentType.Circular)]
    [InlineData("1819/QĐ-TTg", null, LegalDocumentType.Decision)]
    [InlineData("01/VBHN-VPQH", null, LegalDocumentType.ConsolidatedText)]
    [InlineData("02/2024/NQ-HĐND", null, LegalDocumentType.Resolution)]
    [InlineData("05/2015/L-CTN", null, LegalDocumentType.Order)]
    [InlineData("52/2014/QH13", "Luật Hôn nhân và gia đình", LegalDocumentType.Law)]
    [InlineData("52/2014/QH13", null, LegalDocumentType.Law)]
    [InlineData("91/2015/QH13", "Bộ luật Dân sự", LegalDocumentType.CodeOfLaws)]
    [InlineData("91/2015/QH13", "bo luat dan su", LegalDocumentType.CodeOfLaws)]
    [InlineData("68/2022/QH15", "Nghị quyết về việc …", LegalDocumentType.Resolution)]
    [InlineData("02/2022/UBTVQH15", "Pháp lệnh Chi phí tố tụng", LegalDocumentType.Ordinance)]
    [InlineData("35/2023/UBTVQH15", "Nghị quyết về sắp xếp đơn vị hành chính", LegalDocumentType.Resolution)]
    public void Infers_the_document_type(string text, string? title, LegalDocumentType expected)
    {
        Assert.Equal(expected, DocumentNumber.Parse(text).InferType(title));
    }

    [Fact]
    public void Equality_is_by_canonical_value()
    {
        var a = DocumentNumber.Parse("123/2015/ND-CP");
        var b = DocumentNumber.Parse("123/2015/NĐ-CP");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, DocumentNumber.Parse("124/2015/NĐ-CP"));
        Assert.True(DocumentNumber.TryParse("45/2019/QH14", out var parsed));
        Assert.Equal(45, parsed.SequenceNumber);
    }
}
