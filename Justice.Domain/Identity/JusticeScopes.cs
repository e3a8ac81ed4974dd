namespace Justice.Domain.Identity;

/// <summary>
/// Permissions per area and action. A client system is granted some of them; a staff user gets those of
/// their roles (<see cref="StaffRoles"/>). Public data needs none.
/// </summary>
public static class JusticeScopes
{
    public const string LegalRead = "legal.read";
    public const string LegalWrite = "legal.write";
    public const string CodificationRead = "codification.read";
    public const string CodificationWrite = "codification.write";
    public const string CodificationAppraise = "codification.appraise";
    public const string RegistryRead = "registry.read";
    public const string RegistryWrite = "registry.write";
    public const string JudicialRead = "judicial.read";
    public const string JudicialWrite = "judicial.write";
    public const string AuctionsRead = "auctions.read";
    public const string AuctionsWrite = "auctions.write";
    public const string EnforcementRead = "enforcement.read";
    public const string EnforcementWrite = "enforcement.write";
    public const string StatisticsRead = "statistics.read";
    public const string StatisticsSubmit = "statistics.submit";
    public const string StatisticsApprove = "statistics.approve";
    public const string PortalWrite = "portal.write";
    public const string ConferencesRead = "conferences.read";
    public const string ConferencesWrite = "conferences.write";
    public const string MailRead = "mail.read";
    public const string MailWrite = "mail.write";
    public const string AuditRead = "audit.read";

    public static readonly IReadOnlyList<string> All =
    [
        LegalRead, LegalWrite, CodificationRead, CodificationWrite, CodificationAppraise, RegistryRead, RegistryWrite,
        JudicialRead, JudicialWrite, AuctionsRead, AuctionsWrite, EnforcementRead, EnforcementWrite, StatisticsRead,
        StatisticsSubmit, StatisticsApprove, PortalWrite, ConferencesRead, ConferencesWrite, MailRead, MailWrite, AuditRead,
    ];

    public static readonly IReadOnlyList<string> AllRead = All.Where(s => s.EndsWith(".read", StringComparison.Ordinal)).ToList();
}
