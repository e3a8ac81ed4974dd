using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;

namespace Justice.Domain.CivilRegistry;

public enum Sex { Male, Female }

/// <summary>
/// Số định danh cá nhân: 12 digits = province code of birth registration (3) + century and sex (1)
/// + last two digits of the birth year (2) + serial (6). Printed on the citizen ID card (CCCD);
/// never shown to anonymous users.
/// </summary>
public sealed record PersonalIdNumber
{
    public const int Length = 12;

    /// <summary>
    /// "0" + a national province code of the 63-province list (until 30/06/2025) or of the 34-province
    /// list (since 01/07/2025, a subset of the former): numbers issued before the reform stay valid.
    /// </summary>
    public static readonly IReadOnlySet<string> ValidProvinceCodes = Provinces1991To2025.All
        .SelectMany(p => new[] { p.Code, p.SuccessorCode })
        .Select(code => "0" + code)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The first year the century digit can express (0/1 = 1900–1999, 2/3 = 2000–2099, … 8/9 = 2300–2399).</summary>
    public const int FirstYear = 1900;
    public const int LastYear = 2399;

    private PersonalIdNumber(string value) => Value = value;

    public string Value { get; }
    public string ProvinceCode => Value[..3];
    public Sex Sex => (Value[3] - '0') % 2 == 0 ? Sex.Male : Sex.Female;
    public int BirthYear => FirstYear + (Value[3] - '0') / 2 * 100 + int.Parse(Value.AsSpan(4, 2));
    public string Serial => Value[6..];

    /// <summary>
    /// The same checks as <see cref="Parse"/> on a number already in canonical form (12 digits, no spaces), without
    /// allocating: bulk loads check millions of numbers and must not pay for normalising each one.
    /// </summary>
    public static bool IsValidCanonical(string value, DateOnly dateOfBirth, Sex sex)
    {
        if (value.Length != Length) return false;
        foreach (var c in value)
            if (!char.IsAsciiDigit(c)) return false;
        var province = (value[0] - '0') * 100 + (value[1] - '0') * 10 + (value[2] - '0');
        var centuryAndSex = value[3] - '0';
        var year = FirstYear + centuryAndSex / 2 * 100 + (value[4] - '0') * 10 + (value[5] - '0');
        return ValidProvinceNumbers[province] && year == dateOfBirth.Year && (centuryAndSex % 2 == 0 ? Sex.Male : Sex.Female) == sex;
    }

    private static readonly bool[] ValidProvinceNumbers = Enumerable.Range(0, 1000)
        .Select(n => ValidProvinceCodes.Contains(n.ToString("D3"))).ToArray();

    /// <summary>Validates the number and its agreement with the holder's date of birth and sex.</summary>
    public static PersonalIdNumber Parse(string? value, DateOnly dateOfBirth, Sex sex, IReadOnlySet<string>? validProvinceCodes = null)
    {
        var id = ParseFormat(value, validProvinceCodes);
        if (id.BirthYear != dateOfBirth.Year)
            throw new DomainException("PERSONAL_ID_BIRTH_MISMATCH",
                $"Số định danh cá nhân {id.Value} không khớp với năm sinh {dateOfBirth.Year}.");
        if (id.Sex != sex)
            throw new DomainException("PERSONAL_ID_SEX_MISMATCH",
                $"Số định danh cá nhân {id.Value} không khớp với giới tính {(sex == Sex.Male ? "Nam" : "Nữ")}.");
        return id;
    }

    /// <summary>Checks only the shape and the province code (when the holder's birth data is not at hand).</summary>
    public static PersonalIdNumber ParseFormat(string? value, IReadOnlySet<string>? validProvinceCodes = null)
    {
        var text = VietnameseText.NormalizeOptional(value)?.Replace(" ", "", StringComparison.Ordinal);
        if (text is not { Length: Length } || !text.All(char.IsAsciiDigit))
            throw new DomainException("PERSONAL_ID_FORMAT", "Số định danh cá nhân phải gồm đúng 12 chữ số.");
        if (!(validProvinceCodes ?? ValidProvinceCodes).Contains(text[..3]))
            throw new DomainException("PERSONAL_ID_PROVINCE",
                $"Mã tỉnh nơi đăng ký khai sinh '{text[..3]}' trong số định danh cá nhân không hợp lệ.");
        return new PersonalIdNumber(text);
    }

    /// <summary>Composes a number for a holder; <paramref name="serial"/> is the 6-digit sequence (0–999,999).</summary>
    public static PersonalIdNumber Create(string provinceCode, DateOnly dateOfBirth, Sex sex, int serial)
    {
        if (dateOfBirth.Year is < FirstYear or > LastYear)
            throw new DomainException("PERSONAL_ID_BIRTH_MISMATCH", $"Năm sinh {dateOfBirth.Year} nằm ngoài phạm vi của số định danh cá nhân.");
        if (serial is < 0 or > 999_999)
            throw new DomainException("PERSONAL_ID_FORMAT", "Số thứ tự trong số định danh cá nhân phải gồm 6 chữ số.");
        var code = provinceCode.Length == 2 ? "0" + provinceCode : provinceCode;
        var digit = (dateOfBirth.Year - FirstYear) / 100 * 2 + (sex == Sex.Female ? 1 : 0);
        return Parse($"{code}{digit}{dateOfBirth.Year % 100:D2}{serial:D6}", dateOfBirth, sex);
    }

    /// <summary>For values read back from storage, which were validated when written.</summary>
    internal static PersonalIdNumber FromStored(string value) => new(value);

    public override string ToString() => Value;
}
