namespace Justice.Domain.CivilRegistry;

/// <summary>Legal figures that may change by decree; bound from configuration <c>Justice:CivilRegistry</c>.</summary>
public sealed class CivilRegistryOptions
{
    /// <summary>Giấy xác nhận tình trạng hôn nhân is valid this many months from issue (Decree 123/2015: 6).</summary>
    public int MaritalStatusConfirmationValidityMonths { get; set; } = 6;
    /// <summary>Children registered younger than this get a health-insurance card through social insurance.</summary>
    public int SocialInsuranceChildAgeLimitYears { get; set; } = 6;
    /// <summary>Minimum marriage age (Law on Marriage and Family 2014: men from 20, women from 18).</summary>
    public int MinimumMarriageAgeMale { get; set; } = 20;
    public int MinimumMarriageAgeFemale { get; set; } = 18;
    /// <summary>How often <see cref="CivilStatusRegistrar"/> retries when another officer took the number first.</summary>
    public int MaxRegistrationAttempts { get; set; } = 200;

    public static CivilRegistryOptions Default { get; } = new();
}
