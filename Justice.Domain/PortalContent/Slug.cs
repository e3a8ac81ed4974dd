using System.Text;
using Justice.Domain.Common;

namespace Justice.Domain.PortalContent;

/// <summary>
/// The address segment of a page: Vietnamese folded to ASCII ("Hôn nhân và gia đình" → "hon-nhan-va-gia-dinh",
/// đ → d) so links survive every mail client and old browser.
/// </summary>
public static class Slug
{
    public const int MaxLength = 150;

    public static string From(string text)
    {
        var folded = VietnameseText.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            // Cut at a word boundary so a slug never ends in half a word.
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 0 ? cut : MaxLength)];
        }
        if (slug.Length == 0)
            throw new DomainException("SLUG_EMPTY", "Không tạo được đường dẫn từ tiêu đề không có chữ hoặc số.");
        return slug;
    }

    /// <summary>Tells a second article with the same title apart ("…-2") without breaking the length limit.</summary>
    public static string WithSuffix(string slug, int number)
    {
        var suffix = "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (slug.Length + suffix.Length > MaxLength ? slug[..(MaxLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
    }

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal)
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
