using System.Globalization;
using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;

namespace Justice.Domain.Codification;

/// <summary>
/// Builds the symbol of a Code article from the subject number, topic number, the letters of the source
/// document's type and the source article number: <c>Điều 1.1.LQ.1</c>. The exact format and the letters
/// per type are to be checked against the Code database, so both are configuration: pass another template
/// or letter table to change them without touching the rules.
/// </summary>
public sealed class CodeSymbolFormat
{
    public const string DefaultTemplate = "Điều {subject}.{topic}.{source}.{article}";

    /// <summary>Letters per source type (check): Luật → LQ as in the published Code; the others by the same habit.</summary>
    public static readonly IReadOnlyDictionary<LegalDocumentType, string> DefaultSourceLetters = new Dictionary<LegalDocumentType, string>
    {
        [LegalDocumentType.Constitution] = "HP",
        [LegalDocumentType.CodeOfLaws] = "BL",
        [LegalDocumentType.Law] = "LQ",
        [LegalDocumentType.Resolution] = "NQ",
        [LegalDocumentType.JointResolution] = "NQLT",
        [LegalDocumentType.Ordinance] = "PL",
        [LegalDocumentType.Order] = "L",
        [LegalDocumentType.Decision] = "QĐ",
        [LegalDocumentType.Decree] = "NĐ",
        [LegalDocumentType.Circular] = "TT",
        [LegalDocumentType.JointCircular] = "TTLT",
        [LegalDocumentType.ConsolidatedText] = "VBHN",
    };

    // Declared before Default, which needs it while the type initialises.
    private static readonly string[] Placeholders = ["{subject}", "{topic}", "{source}", "{article}"];

    public static CodeSymbolFormat Default { get; } = new(DefaultTemplate);

    private readonly IReadOnlyDictionary<LegalDocumentType, string> _letters;

    public CodeSymbolFormat(string template, IReadOnlyDictionary<LegalDocumentType, string>? sourceLetters = null)
    {
        Template = VietnameseText.Required(template, "Mẫu ký hiệu điều", 200);
        if (Placeholders.Any(p => !Template.Contains(p, StringComparison.Ordinal)))
            throw new DomainException("CODE_SYMBOL_TEMPLATE_INVALID",
                "Mẫu ký hiệu điều phải có đủ {subject}, {topic}, {source} và {article}.");
        _letters = sourceLetters ?? DefaultSourceLetters;
    }

    public string Template { get; }

    public string SourceLetters(LegalDocumentType type) =>
        _letters.TryGetValue(type, out var letters)
            ? letters
            : throw new DomainException("CODE_SOURCE_TYPE_UNSUPPORTED", $"Chưa có ký hiệu pháp điển cho loại văn bản {type.VietnameseName()}.");

    public string Build(int subjectNumber, int topicNumber, LegalDocumentType sourceType, string sourceArticleNumber)
    {
        if (subjectNumber < 1 || topicNumber < 1)
            throw new DomainException("CODE_SYMBOL_PART_INVALID", "Số chủ đề và số đề mục phải là số nguyên dương.");
        var article = VietnameseText.Required(sourceArticleNumber, "Số điều của văn bản nguồn", 20);
        if (article.Any(c => char.IsWhiteSpace(c) || c == '.'))
            throw new DomainException("CODE_SYMBOL_PART_INVALID", $"Số điều '{article}' không hợp lệ.");
        return Template
            .Replace("{subject}", subjectNumber.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{topic}", topicNumber.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{source}", SourceLetters(sourceType), StringComparison.Ordinal)
            .Replace("{article}", article, StringComparison.Ordinal);
    }
}

/// <summary>The note under every Code article naming where it was copied from.</summary>
public static class CodeSourceNote
{
    /// <summary>"(Điều 1 Bộ luật số 91/2015/QH13 Dân sự ngày 24/11/2015 của Quốc hội, có hiệu lực từ 01/01/2017)".</summary>
    public static string For(LegalDocument source, LegalProvision article)
    {
        var typeName = source.Type.VietnameseName();
        var name = source.Title.StartsWith(typeName + " ", StringComparison.OrdinalIgnoreCase)
            ? source.Title[(typeName.Length + 1)..]
            : source.Title;
        var note = source.Number is null
            ? $"(Điều {article.Number} {source.Title}"
            : $"(Điều {article.Number} {typeName} số {source.Number} {name}";
        if (source.IssueDate is { } issued) note += $" ngày {issued.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        note += $" của {source.IssuingBodyName}";
        if (source.EffectiveDate is { } effective) note += $", có hiệu lực từ {effective.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        return note + ")";
    }
}
