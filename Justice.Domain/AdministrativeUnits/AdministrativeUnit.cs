using Justice.Domain.Common;

namespace Justice.Domain.AdministrativeUnits;

public enum AdministrativeLevel { Province, District, Commune }

/// <summary>
/// Đơn vị hành chính: a province (tỉnh/thành phố), district (huyện, until 30/06/2025) or commune (xã/phường).
/// Units are dated: the 63-province structure ends on 30/06/2025 and each old unit names its successor
/// in the 34-province structure, so records made before the reform still resolve to today's unit.
/// </summary>
public sealed class AdministrativeUnit : Entity
{
    /// <summary>The reform that replaced the 63 provinces with 34 and removed districts.</summary>
    public static readonly DateOnly Reform2025 = new(2025, 7, 1);

    private AdministrativeUnit() { }

    public AdministrativeUnit(string code, string name, AdministrativeLevel level, AdministrativeUnit? parent,
        DateOnly validFrom, DateOnly? validTo = null)
    {
        Code = ValidateCode(code, level);
        Name = VietnameseText.Required(name, "Tên đơn vị hành chính", 200);
        Level = level;
        ParentId = parent?.Id;
        ValidFrom = validFrom;
        ValidTo = validTo;
        if (validTo is { } end && end < validFrom)
            throw new DomainException("UNIT_VALIDITY_INVALID", "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.");
    }

    /// <summary>National statistics code: province 2 digits, district 3, commune 5.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public AdministrativeLevel Level { get; private set; }
    public Guid? ParentId { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    /// <summary>Last day in force; null while in force.</summary>
    public DateOnly? ValidTo { get; private set; }
    public Guid? SuccessorId { get; private set; }

    /// <summary>A province's name as it reads inside a sentence: "thành phố Hà Nội", "tỉnh Cao Bằng".</summary>
    public static string ProvinceInSentence(string provinceName) =>
        provinceName.StartsWith("Thành phố ", StringComparison.Ordinal)
            ? "thành phố " + provinceName["Thành phố ".Length..]
            : "tỉnh " + provinceName;

    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>Ends this unit the day before <paramref name="successor"/> starts and links to it.</summary>
    public void SucceededBy(AdministrativeUnit successor)
    {
        if (successor.Level != Level)
            throw new DomainException("UNIT_SUCCESSOR_LEVEL", "Đơn vị kế thừa phải cùng cấp hành chính.");
        if (successor.Id == Id)
            throw new DomainException("UNIT_SUCCESSOR_SELF", "Một đơn vị không thể kế thừa chính nó.");
        SuccessorId = successor.Id;
        ValidTo = successor.ValidFrom.AddDays(-1);
    }

    public static string ValidateCode(string code, AdministrativeLevel level)
    {
        var expected = level switch { AdministrativeLevel.Province => 2, AdministrativeLevel.District => 3, _ => 5 };
        if (code.Length != expected || !code.All(char.IsAsciiDigit))
            throw new DomainException("UNIT_CODE_INVALID", $"Mã đơn vị hành chính '{code}' phải gồm {expected} chữ số.");
        return code;
    }
}
