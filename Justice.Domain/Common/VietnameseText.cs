using System.Text;
using System.Text.RegularExpressions;

namespace Justice.Domain.Common;

/// <summary>
/// The one way text enters the domain: Unicode NFC (input often arrives decomposed, NFD, from
/// macOS and some Vietnamese keyboards), trimmed, inner whitespace collapsed.
/// </summary>
public static partial class VietnameseText
{
    public static string Normalize(string value)
    {
        var nfc = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        return InnerWhitespace().Replace(nfc.Trim(), " ");
    }

    public static string? NormalizeOptional(string? value)
    {
        if (value is null) return null;
        var normalized = Normalize(value);
        return normalized.Length == 0 ? null : normalized;
    }

    /// <summary>Normalises and refuses blank or over-long text with the stable code <c>TEXT_REQUIRED</c> / <c>TEXT_TOO_LONG</c>.</summary>
    public static string Required(string? value, string fieldLabel, int maxLength = 500)
    {
        var normalized = NormalizeOptional(value)
            ?? throw new DomainException("TEXT_REQUIRED", $"{fieldLabel} không được để trống.");
        if (normalized.Length > maxLength)
            throw new DomainException("TEXT_TOO_LONG", $"{fieldLabel} dài quá {maxLength} ký tự.");
        return normalized;
    }

    /// <summary>Folds case and diacritics (đ → d) for matching; not for display.</summary>
    public static string Fold(string value)
    {
        var decomposed = Normalize(value).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c == 'đ' ? 'd' : c);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex InnerWhitespace();
}
