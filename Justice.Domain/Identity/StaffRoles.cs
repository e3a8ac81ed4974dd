namespace Justice.Domain.Identity;

/// <summary>
/// Roles of staff accounts and the permissions each carries. Jurisdiction (which commune, province or
/// ministry) is not a role: it comes from the account's organisation and unit.
/// </summary>
public static class StaffRoles
{
    public const string Administrator = "administrator";
    /// <summary>Công chức tư pháp – hộ tịch: registers civil-status events in their commune.</summary>
    public const string CivilRegistryOfficer = "civil-registry-officer";
    /// <summary>Processes judicial-record certificate applications (Trung tâm Lý lịch tư pháp, Sở Tư pháp).</summary>
    public const string JudicialRecordsOfficer = "judicial-records-officer";
    /// <summary>Edits the Code topics assigned to their ministry.</summary>
    public const string CodificationEditor = "codification-editor";
    /// <summary>Appraises and approves Code topics at the Ministry of Justice.</summary>
    public const string CodificationAppraiser = "codification-appraiser";
    /// <summary>Publishes the notices of their auction organisation.</summary>
    public const string AuctionPublisher = "auction-publisher";
    public const string EnforcementOfficer = "enforcement-officer";
    public const string StatisticsReporter = "statistics-reporter";
    public const string StatisticsApprover = "statistics-approver";
    /// <summary>Answers legal questions and publishes portal content.</summary>
    public const string PortalEditor = "portal-editor";
    public const string ConferenceOperator = "conference-operator";
    /// <summary>A citizen signed in (for their own applications); not staff.</summary>
    public const string Citizen = "citizen";

    private static readonly Dictionary<string, string[]> ScopesByRole = new()
    {
        [Administrator] = [.. JusticeScopes.All],
        [CivilRegistryOfficer] = [JusticeScopes.RegistryRead, JusticeScopes.RegistryWrite, JusticeScopes.LegalRead],
        [JudicialRecordsOfficer] = [JusticeScopes.JudicialRead, JusticeScopes.JudicialWrite, JusticeScopes.LegalRead],
        [CodificationEditor] = [JusticeScopes.CodificationRead, JusticeScopes.CodificationWrite, JusticeScopes.LegalRead],
        [CodificationAppraiser] = [JusticeScopes.CodificationRead, JusticeScopes.CodificationWrite, JusticeScopes.CodificationAppraise, JusticeScopes.LegalRead],
        [AuctionPublisher] = [JusticeScopes.AuctionsRead, JusticeScopes.AuctionsWrite],
        [EnforcementOfficer] = [JusticeScopes.EnforcementRead, JusticeScopes.EnforcementWrite],
        [StatisticsReporter] = [JusticeScopes.StatisticsRead, JusticeScopes.StatisticsSubmit],
        [StatisticsApprover] = [JusticeScopes.StatisticsRead, JusticeScopes.StatisticsApprove],
        [PortalEditor] = [JusticeScopes.PortalWrite, JusticeScopes.LegalRead, JusticeScopes.LegalWrite, JusticeScopes.MailRead],
        [ConferenceOperator] = [JusticeScopes.ConferencesRead, JusticeScopes.ConferencesWrite],
        [Citizen] = [],
    };

    public static IReadOnlyList<string> All => [.. ScopesByRole.Keys];

    public static bool IsKnown(string role) => ScopesByRole.ContainsKey(role);

    /// <summary>The union of the permissions of these roles; unknown roles carry none.</summary>
    public static IReadOnlySet<string> ScopesOf(IEnumerable<string> roles) =>
        roles.SelectMany(r => ScopesByRole.TryGetValue(r, out var scopes) ? scopes : []).ToHashSet(StringComparer.Ordinal);
}
