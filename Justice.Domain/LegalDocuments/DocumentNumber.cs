using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Justice.Domain.Common;

namespace Justice.Domain.LegalDocuments;

/// <summary>
/// Số, ký hiệu: a document's number and symbol, e.g. <c>52/2014/QH13</c>, <c>123/2015/NĐ-CP</c>,
/// <c>1819/QĐ-TTg</c>, <c>01/2016/TTLT-BTP-BCA</c>. Two shapes exist: laws and resolutions of the
/// National Assembly and its Standing Committee carry the issuer and its legislature term
/// (<c>QH13</c>, <c>UBTVQH14</c>); everything else carries a type code followed by one issuer code
/// (several for joint documents). The year is absent on older and non-normative documents.
/// Parsing accepts NFD input, lower case, stray spaces and the ASCII spellings typed without Đ
/// (<c>ND-CP</c>), and always yields the canonical form, so the same document is found whole whichever
/// way its number was typed.
/// </summary>
public sealed class DocumentNumber : IEquatable<DocumentNumber>
{
    /// <summary>Type codes in the symbol and the document type each stands for.</summary>
    public static readonly IReadOnlyDictionary<string, LegalDocumentType> TypeCodes = new Dictionary<string, LegalDocumentType>(StringComparer.Ordinal)
    {
        ["NĐ"] = LegalDocumentType.Decree,
        ["TT"] = LegalDocumentType.Circular,
        ["TTLT"] = LegalDocumentType.JointCircular,
        ["QĐ"] = LegalDocumentType.Decision,
        ["NQ"] = LegalDocumentType.Resolution,
        ["NQLT"] = LegalDocumentType.JointResolution,
        ["L"] = LegalDocumentType.Order,
        ["VBHN"] = LegalDocumentType.ConsolidatedText,
        ["CT"] = LegalDocumentType.Directive,
    };

    /// <summary>Codes spelt with Đ that keyboards without Vietnamese input write with D.</summary>
    private static readonly string[] CodesWithDStroke =
        ["NĐ", "QĐ", "HĐND", "HĐTP", "HĐBCQG", "BGDĐT", "BLĐTBXH", "ĐHQG"];

    private static readonly HashSet<string> JointTypeCodes = ["TTLT", "NQLT"];

    /// <summary>Issuers whose symbol is the body and its legislature term (<c>QH15</c>).</summary>
    private static readonly string[] LegislatureIssuers = ["UBTVQH", "QH"];

    private DocumentNumber(string sequence, int? year, string? typeCode, IReadOnlyList<string> issuerCodes, int? legislatureTerm)
    {
        Sequence = sequence;
        Year = year;
        TypeCode = typeCode;
        IssuerCodes = issuerCodes;
        LegislatureTerm = legislatureTerm;
        var symbol = typeCode is null
            ? issuerCodes[0] + legislatureTerm!.Value.ToString(CultureInfo.InvariantCulture)
            : typeCode + "-" + string.Join('-', issuerCodes);
        Value = year is null ? $"{sequence}/{symbol}" : $"{sequence}/{year}/{symbol}";
    }

    /// <summary>The canonical text, e.g. <c>123/2015/NĐ-CP</c>.</summary>
    public string Value { get; }
    /// <summary>The number as written, leading zeros kept (<c>01</c>).</summary>
    public string Sequence { get; }
    public int SequenceNumber => int.Parse(Sequence, CultureInfo.InvariantCulture);
    public int? Year { get; }
    /// <summary><c>NĐ</c>, <c>TT</c>, <c>QĐ</c>…; null for the <c>QH13</c> shape, where the type comes from the title.</summary>
    public string? TypeCode { get; }
    /// <summary><c>CP</c>, <c>BTP</c>, <c>TTg</c>, <c>UBND</c>, <c>QH</c>…; several for joint documents.</summary>
    public IReadOnlyList<string> IssuerCodes { get; }
    public string IssuerCode => IssuerCodes[0];
    /// <summary>The National Assembly term (khóa) for <c>QH13</c>/<c>UBTVQH14</c> numbers.</summary>
    public int? LegislatureTerm { get; }
    public bool IsJoint => IssuerCodes.Count > 1;

    /// <summary>Parses or throws a <see cref="DomainException"/> whose code says what is wrong.</summary>
    public static DocumentNumber Parse(string? text)
    {
        var (number, code, message) = ParseCore(text);
        return number ?? throw new DomainException(code!, message!);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentNumber? number)
    {
        number = ParseCore(text).Number;
        return number is not null;
    }

    /// <summary>
    /// The type the number implies. The <c>QH</c>/<c>UBTVQH</c> shape is shared by several types, so
    /// the title decides there ("Bộ luật …", "Pháp lệnh …", "Nghị quyết …").
    /// </summary>
    public LegalDocumentType InferType(string? title = null)
    {
        if (TypeCode is not null) return TypeCodes[TypeCode];
        var head = VietnameseText.Fold(title ?? "");
        if (IssuerCode == "UBTVQH")
            return head.StartsWith("phap lenh", StringComparison.Ordinal) ? LegalDocumentType.Ordinance : LegalDocumentType.Resolution;
        if (head.StartsWith("bo luat", StringComparison.Ordinal)) return LegalDocumentType.CodeOfLaws;
        if (head.StartsWith("nghi quyet", StringComparison.Ordinal)) return LegalDocumentType.Resolution;
        if (head.StartsWith("hien phap", StringComparison.Ordinal)) return LegalDocumentType.Constitution;
        return LegalDocumentType.Law;
    }

    private static (DocumentNumber? Number, string? Code, string? Message) ParseCore(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned.Length == 0)
            return Fail("DOCUMENT_NUMBER_REQUIRED", "Số, ký hiệu văn bản không được để trống.");
        if (cleaned.Length > 100)
            return Fail("DOCUMENT_NUMBER_INVALID", "Số, ký hiệu văn bản quá dài.");

        var parts = cleaned.Split('/');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0))
            return Fail("DOCUMENT_NUMBER_INVALID",
                $"Số, ký hiệu '{cleaned}' không đúng dạng số/năm/ký hiệu (ví dụ 123/2015/NĐ-CP) hoặc số/ký hiệu (ví dụ 1819/QĐ-TTg).");

        var sequence = parts[0];
        if (sequence.Length > 6 || !sequence.All(char.IsAsciiDigit) || sequence.All(c => c == '0'))
            return Fail("DOCUMENT_NUMBER_SEQUENCE_INVALID", $"Số thứ tự '{sequence}' của văn bản phải là số nguyên dương (tối đa 6 chữ số).");

        int? year = null;
        if (parts.Length == 3)
        {
            if (parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit))
                return Fail("DOCUMENT_NUMBER_YEAR_INVALID", $"Năm ban hành '{parts[1]}' phải gồm 4 chữ số.");
            var y = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (y is < 1945 or > 2100)
                return Fail("DOCUMENT_NUMBER_YEAR_INVALID", $"Năm ban hành {y} nằm ngoài khoảng 1945–2100.");
            year = y;
        }

        var symbol = parts[^1];
        if (!symbol.Contains('-'))
            return ParseLegislatureSymbol(sequence, year, symbol);

        var symbolParts = symbol.Split('-');
        if (symbolParts.Any(p => p.Length == 0))
            return Fail("DOCUMENT_NUMBER_INVALID", $"Ký hiệu '{symbol}' có phần trống.");
        var typeCode = RestoreDStroke(symbolParts[0]);
        if (!TypeCodes.ContainsKey(typeCode))
            return Fail("DOCUMENT_NUMBER_TYPE_UNKNOWN", $"Không nhận biết được loại văn bản '{symbolParts[0]}' trong ký hiệu '{symbol}'.");

        var issuers = new List<string>();
        foreach (var raw in symbolParts.Skip(1))
        {
            if (!char.IsLetter(raw[0]) || !raw.All(c => char.IsAsciiDigit(c) || IsUpperVietnameseLetter(c)))
                return Fail("DOCUMENT_NUMBER_ISSUER_INVALID", $"Mã cơ quan ban hành '{raw}' không hợp lệ.");
            var issuer = RestoreDStroke(raw);
            if (issuer == "TTG") issuer = "TTg";
            if (issuers.Contains(issuer))
                return Fail("DOCUMENT_NUMBER_ISSUER_DUPLICATE", $"Mã cơ quan ban hành '{issuer}' bị lặp trong ký hiệu.");
            issuers.Add(issuer);
        }
        var joint = JointTypeCodes.Contains(typeCode);
        if (joint && issuers.Count < 2)
            return Fail("DOCUMENT_NUMBER_ISSUERS_COUNT", $"Văn bản liên tịch ({typeCode}) phải có ít nhất hai cơ quan ban hành.");
        if (!joint && issuers.Count != 1)
            return Fail("DOCUMENT_NUMBER_ISSUERS_COUNT", $"Văn bản loại {typeCode} chỉ có một cơ quan ban hành.");
        return (new DocumentNumber(sequence, year, typeCode, issuers, null), null, null);
    }

    private static (DocumentNumber?, string?, string?) ParseLegislatureSymbol(string sequence, int? year, string symbol)
    {
        foreach (var issuer in LegislatureIssuers)
        {
            if (!symbol.StartsWith(issuer, StringComparison.Ordinal)) continue;
            var term = symbol[issuer.Length..];
            if (term.Length is 0 or > 2 || !term.All(char.IsAsciiDigit) || int.Parse(term, CultureInfo.InvariantCulture) == 0)
                return Fail("DOCUMENT_NUMBER_TERM_INVALID", $"Khóa Quốc hội trong ký hiệu '{symbol}' không hợp lệ (ví dụ QH13, UBTVQH14).");
            return (new DocumentNumber(sequence, year, null, [issuer], int.Parse(term, CultureInfo.InvariantCulture)), null, null);
        }
        return Fail("DOCUMENT_NUMBER_INVALID", $"Ký hiệu '{symbol}' phải có dạng LOẠI-CƠQUAN (ví dụ NĐ-CP) hoặc QH kèm khóa (ví dụ QH13).");
    }

    /// <summary>NFC, upper case, no spaces, every dash a hyphen.</summary>
    private static string Clean(string? text)
    {
        if (text is null) return "";
        var normalized = VietnameseText.Normalize(text);
        var builder = new System.Text.StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c)) continue;
            builder.Append(c is '–' or '—' or '‐' or '‑' or '−' ? '-' : char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    private static bool IsUpperVietnameseLetter(char c) => c is >= 'A' and <= 'Z' or 'Đ';

    private static string RestoreDStroke(string code)
    {
        if (code.Contains('Đ')) return code;
        foreach (var known in CodesWithDStroke)
            if (known.Replace('Đ', 'D') == code) return known;
        return code;
    }

    private static (DocumentNumber?, string?, string?) Fail(string code, string message) => (null, code, message);

    public bool Equals(DocumentNumber? other) => other is not null && other.Value == Value;
    public override bool Equals(object? obj) => Equals(obj as DocumentNumber);
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
    public override string ToString() => Value;
    public static bool operator ==(DocumentNumber? left, DocumentNumber? right) => Equals(left, right);
    public static bool operator !=(DocumentNumber? left, DocumentNumber? right) => !Equals(left, right);
}
