using System.Globalization;
using Justice.Domain.Common;

namespace Justice.Portal.Portal;

/// <summary>How the portal writes dates, numbers and money: the Vietnamese way (dd/MM/yyyy, 1.250.000 ₫).</summary>
public static class PortalFormat
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A UTC instant as its date in Vietnam.</summary>
    public static string Date(DateTime? utc) => utc is { } value
        ? VietnamTime.LocalDate(DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : "";

    public static string Money(long? amount) => amount is { } value ? Vnd.Format(value) : "";

    public static string Number(long value) => value.ToString("N0", Vietnamese);

    /// <summary>The anchor of an article in a document page: <c>dieu-32</c>.</summary>
    public static string ArticleAnchor(string number) => "dieu-" + Slug(number);

    /// <summary>Unaccented, lower-case, hyphenated: "Điều 9.1.BL.1" → "dieu-9-1-bl-1".</summary>
    public static string Slug(string text)
    {
        var folded = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(folded.Length);
        var hyphen = false;
        foreach (var ch in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch)) { builder.Append(char.ToLowerInvariant(ch)); hyphen = false; }
            else if (!hyphen && builder.Length > 0) { builder.Append('-'); hyphen = true; }
        }
        return builder.ToString().TrimEnd('-');
    }
}
