using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Justice.Domain.Common;
using Justice.Domain.Organisations;

namespace Justice.Domain.LegalDocuments;

/// <summary>One law of the article-by-article corpus: <c>{"id": "91/2015/QH13" or a title, "articles": [...]}</c>.</summary>
public sealed record StatuteCorpusEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("articles")] IReadOnlyList<StatuteCorpusArticle> Articles);

/// <summary>One article: its number and its text, title on the first line.</summary>
public sealed record StatuteCorpusArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text);

/// <summary>What the corpus does not say about a law, supplied by the caller when known.</summary>
public sealed record StatuteMetadata(
    string? Title = null,
    LegalDocumentType? Type = null,
    string? IssuingBodyName = null,
    Guid? IssuingBodyId = null,
    DateOnly? IssueDate = null,
    DateOnly? EffectiveDate = null,
    string? SignerName = null,
    string? SignerTitle = null,
    IReadOnlyList<string>? Fields = null);

/// <summary>
/// Reads the statute corpus (the ALQAC article-by-article JSON) into <see cref="LegalDocument"/>s:
/// each article becomes an <see cref="ProvisionKind.Article"/> whose first line is its title, with its
/// numbered lines ("1. …") as clauses and lettered lines ("a) …") as points. An entry's id is taken as the
/// document number when it parses as one, else as the title; the type follows from the number or title.
/// </summary>
/// <param name="splitPoints">
/// False keeps points inside their clause's text: a third fewer rows for bulk loads where the text is read
/// clause by clause anyway. The text reads the same either way (<see cref="LegalDocument.FullTextOf"/>).
/// </param>
public sealed partial class StatuteCorpusReader(bool splitPoints = true)
{
    public bool SplitPoints { get; } = splitPoints;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<StatuteCorpusEntry> ReadEntries(Stream utf8Json) =>
        JsonSerializer.Deserialize<List<StatuteCorpusEntry>>(utf8Json, JsonOptions)
        ?? throw new DomainException("CORPUS_INVALID", "Tệp dữ liệu văn bản không đúng định dạng.");

    public static IReadOnlyList<StatuteCorpusEntry> ReadEntries(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadEntries(stream);
    }

    /// <summary>Every entry of the stream as a document; <paramref name="metadata"/> is asked by entry id.</summary>
    public IReadOnlyList<LegalDocument> ReadDocuments(Stream utf8Json, Func<string, StatuteMetadata?>? metadata = null) =>
        ReadEntries(utf8Json).Select(e => ToDocument(e, metadata?.Invoke(e.Id))).ToList();

    public LegalDocument ToDocument(StatuteCorpusEntry entry, StatuteMetadata? metadata = null)
    {
        var id = VietnameseText.Required(entry.Id, "Mã văn bản trong kho dữ liệu", 1000);
        DocumentNumber.TryParse(id, out var number);
        var title = metadata?.Title ?? (number is null ? id : null);
        var type = metadata?.Type ?? InferType(number, title, entry);
        title ??= $"{type.VietnameseName()} số {number}";

        var document = new LegalDocument(number, type, title,
            metadata?.IssuingBodyName ?? IssuingBodyName(number, type),
            metadata?.IssuingBodyId, metadata?.IssueDate, metadata?.EffectiveDate);
        document.SetSigner(metadata?.SignerName, metadata?.SignerTitle);
        if (metadata?.Fields is { } fields) document.SetFields(fields);
        foreach (var article in entry.Articles) AddArticle(document, article, SplitPoints);
        return document;
    }

    /// <summary>Splits one article's text into title, lead text, clauses and points.</summary>
    public static void AddArticle(LegalDocument document, StatuteCorpusArticle article, bool splitPoints = true)
    {
        var lines = article.Text.Replace("\r", "").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        string? title = null;
        if (lines.Count > 1 && IsTitle(lines[0]))
        {
            title = lines[0];
            lines.RemoveAt(0);
        }

        var lead = new List<string>();
        var pending = new List<(ProvisionKind Kind, string Number, List<string> Lines, int Parent)>();
        // First pass: group lines under markers; the provisions are created after, with their full text.
        var currentClause = -1;
        var current = lead;
        foreach (var line in lines)
        {
            if (ClauseMarker().Match(line) is { Success: true } clause)
            {
                current = [clause.Groups[2].Value];
                pending.Add((ProvisionKind.Clause, clause.Groups[1].Value, current, -1));
                currentClause = pending.Count - 1;
            }
            else if (splitPoints && PointMarker().Match(line) is { Success: true } point)
            {
                current = [point.Groups[2].Value];
                pending.Add((ProvisionKind.Point, point.Groups[1].Value, current, currentClause));
            }
            else
            {
                current.Add(line);
            }
        }

        var articleProvision = document.AddProvision(ProvisionKind.Article, article.Id, title, Join(lead));
        var created = new LegalProvision[pending.Count];
        for (var i = 0; i < pending.Count; i++)
        {
            var (kind, number, text, parent) = pending[i];
            created[i] = document.AddProvision(kind, number, null, Join(text), parent >= 0 ? created[parent] : articleProvision);
        }
    }

    /// <summary>A first line is a title unless it is already body text: a numbered clause or a full sentence.</summary>
    private static bool IsTitle(string line) =>
        line.Length <= 400 && !ClauseMarker().IsMatch(line) && !PointMarker().IsMatch(line) && line[^1] is not ('.' or ';' or ':');

    private static string Join(List<string> lines) => string.Join("\n\n", lines);

    private static LegalDocumentType InferType(DocumentNumber? number, string? title, StatuteCorpusEntry entry)
    {
        if (number is not null)
        {
            // "QH13" numbers are shared by codes, laws and resolutions; without a title the text says which.
            if (number.TypeCode is null && title is null)
                return entry.Articles.Any(a => a.Text.Contains("Bộ luật này", StringComparison.Ordinal))
                    ? LegalDocumentType.CodeOfLaws : number.InferType();
            return number.InferType(title);
        }
        var folded = VietnameseText.Fold(title ?? "");
        foreach (var type in Enum.GetValues<LegalDocumentType>().OrderByDescending(t => t.VietnameseName().Length))
            if (folded.StartsWith(VietnameseText.Fold(type.VietnameseName()), StringComparison.Ordinal))
                return type;
        return LegalDocumentType.Law;
    }

    /// <summary>The issuing body a number or type names, for texts imported without their metadata.</summary>
    public static string IssuingBodyName(DocumentNumber? number, LegalDocumentType type)
    {
        var code = number?.IssuerCode;
        return code switch
        {
            "QH" => "Quốc hội",
            "UBTVQH" => "Ủy ban Thường vụ Quốc hội",
            "CP" => "Chính phủ",
            "TTg" => "Thủ tướng Chính phủ",
            "CTN" => "Chủ tịch nước",
            "VPQH" => "Văn phòng Quốc hội",
            "HĐTP" => "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
            "TANDTC" => "Tòa án nhân dân tối cao",
            "VKSNDTC" => "Viện kiểm sát nhân dân tối cao",
            "UBND" => "Ủy ban nhân dân",
            "HĐND" => "Hội đồng nhân dân",
            null when type is LegalDocumentType.Constitution or LegalDocumentType.CodeOfLaws or LegalDocumentType.Law => "Quốc hội",
            null => "Không rõ cơ quan ban hành",
            _ => number!.IsJoint
                ? string.Join(", ", number.IssuerCodes.Select(MinistryName))
                : MinistryName(code),
        };

        static string MinistryName(string code) =>
            OrganisationsReferenceData.Ministries.FirstOrDefault(m => m.Code == code).Name ?? code;
    }

    [GeneratedRegex(@"^(\d{1,3}[a-z]?)\.\s+(.*)$")]
    private static partial Regex ClauseMarker();

    [GeneratedRegex(@"^([a-zđ]\d?)\)\s+(.*)$")]
    private static partial Regex PointMarker();
}
