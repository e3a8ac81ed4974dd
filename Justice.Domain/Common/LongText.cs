using System.Text;
using Justice.Domain.Common;

namespace Justice.Domain.Common;

/// <summary>
/// Multi-paragraph text (article bodies, questions, answers, comments): NFC and trimmed like every input, but
/// line breaks kept, which <see cref="VietnameseText.Normalize"/> would collapse.
/// </summary>
public static class LongText
{
    public static string Required(string? value, string fieldLabel, int maxLength)
    {
        var text = (value ?? "").Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
            throw new DomainException("TEXT_REQUIRED", $"{fieldLabel} không được để trống.");
        if (text.Length > maxLength)
            throw new DomainException("TEXT_TOO_LONG", $"{fieldLabel} dài quá {maxLength} ký tự.");
        return text;
    }
}
