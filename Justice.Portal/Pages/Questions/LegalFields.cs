namespace Justice.Portal.Pages.Questions;

/// <summary>The fields of law (GraphQL <c>LegalField</c>) with their names and the unaccented slug used in addresses.</summary>
public static class LegalFields
{
    public sealed record Field(string Value, string Slug, string Vietnamese, string English);

    public static readonly IReadOnlyList<Field> All =
    [
        new("CIVIL_STATUS", "ho-tich", "Hộ tịch", "Civil status"),
        new("MARRIAGE_AND_FAMILY", "hon-nhan-gia-dinh", "Hôn nhân và gia đình", "Marriage and family"),
        new("LAND", "dat-dai", "Đất đai", "Land"),
        new("LABOUR", "lao-dong", "Lao động", "Labour"),
        new("CIVIL", "dan-su", "Dân sự", "Civil law"),
        new("CRIMINAL", "hinh-su", "Hình sự", "Criminal law"),
        new("JUDICIAL_RECORDS", "ly-lich-tu-phap", "Lý lịch tư pháp", "Criminal records"),
        new("CERTIFICATION", "chung-thuc", "Chứng thực", "Certification"),
        new("CIVIL_JUDGMENT_ENFORCEMENT", "thi-hanh-an-dan-su", "Thi hành án dân sự", "Enforcement of civil judgments"),
        new("LEGAL_AID", "tro-giup-phap-ly", "Trợ giúp pháp lý", "Legal aid"),
        new("ENTERPRISE", "doanh-nghiep", "Doanh nghiệp", "Enterprises"),
        new("OTHER", "khac", "Lĩnh vực khác", "Other"),
    ];

    public static Field? BySlug(string? slug) => All.FirstOrDefault(f => f.Slug == slug);
    public static Field? ByValue(string? value) => All.FirstOrDefault(f => f.Value == value);
    public static string Name(string value, bool english) => ByValue(value) is { } f ? english ? f.English : f.Vietnamese : value;

    /// <summary>A question's status as its asker reads it.</summary>
    public static string Status(string status, bool english) => (status, english) switch
    {
        ("RECEIVED", false) => "Đã tiếp nhận, đang chờ trả lời",
        ("RECEIVED", true) => "Received, awaiting an answer",
        ("ANSWERED", false) => "Đã có câu trả lời, đang chờ công khai",
        ("ANSWERED", true) => "Answered, awaiting publication",
        ("PUBLISHED", false) => "Đã trả lời và công khai",
        ("PUBLISHED", true) => "Answered and published",
        ("REJECTED", false) => "Không được trả lời",
        ("REJECTED", true) => "Not answered",
        _ => status,
    };

    /// <summary>Paragraphs of a plain text (separated by blank lines), each shown encoded by Razor.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) => (text ?? "").Replace("\r\n", "\n")
        .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The beginning of a text, cut at a word.</summary>
    public static string Excerpt(string? text, int length = 220)
    {
        var flat = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length) return flat;
        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + " …";
    }
}
