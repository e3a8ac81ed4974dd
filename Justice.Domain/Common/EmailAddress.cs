using System.Text.RegularExpressions;
using Justice.Domain.Common;

namespace Justice.Domain.Common;

/// <summary>
/// Checks the addresses the public types in: a plain <c>local@domain.tld</c>, no display name, stored with
/// the domain in lower case so the same person is recognised however they typed it.
/// </summary>
public static partial class EmailAddress
{
    public const int MaxLength = 254;

    public static string Required(string? value, string fieldLabel = "Địa chỉ thư điện tử")
    {
        var text = VietnameseText.Required(value, fieldLabel, MaxLength);
        if (!IsValid(text))
            throw new DomainException("EMAIL_INVALID", $"{fieldLabel} '{text}' không hợp lệ.");
        var at = text.LastIndexOf('@');
        return text[..at] + "@" + text[(at + 1)..].ToLowerInvariant();
    }

    public static bool IsValid(string value) => value.Length <= MaxLength && Pattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9_%+\-]+(\.[A-Za-z0-9_%+\-]+)*@([A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")]
    private static partial Regex Pattern();
}
