using Justice.Domain.CivilRegistry;
using Justice.Domain.Codification;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Portal.Identity;

/// <summary>
/// Accounts and client applications of the demo, created only together with the demo data: every password
/// and secret here is public. Tests, outside checks and the README use these constants.
/// </summary>
public static class DemoIdentities
{
    public const string Password = "Demo@12345";

    public const string AdministratorEmail = "admin@moj.gov.vn";
    public const string CivilRegistryOfficerEmail = "hotich.xa@demo.gov.vn";
    public const string JudicialRecordsOfficerEmail = "lltp.tinh@demo.gov.vn";
    public const string CodificationEditorEmail = "phapdien.btc@demo.gov.vn";
    public const string OtherCodificationEditorEmail = "phapdien.bca@demo.gov.vn";
    public const string CodificationAppraiserEmail = "thamdinh.phapdien@demo.gov.vn";
    public const string AuctionPublisherEmail = "daugia@demo.gov.vn";
    public const string StatisticsReporterEmail = "thongke.tinh@demo.gov.vn";
    public const string PortalEditorEmail = "bientap.cong@demo.gov.vn";
    public const string ConferenceOperatorEmail = "hoinghi@demo.gov.vn";
    public const string CitizenEmail = "congdan@demo.gov.vn";

    /// <summary>Ministries of the two codification editors (each has Code topics assigned in the demo data).</summary>
    public const string CodificationEditorMinistryCode = "BTC";
    public const string OtherCodificationEditorMinistryCode = "BCA";
    /// <summary>The ministry the <see cref="MinistryClientId"/> system belongs to.</summary>
    public const string MinistryClientMinistryCode = "BTC";

    public const string MinistryClientId = "demo-ministry";
    public const string MinistryClientSecret = "demo-ministry-secret";
    public const string CommuneRegistryClientId = "demo-registry-commune";
    public const string CommuneRegistryClientSecret = "demo-registry-commune-secret";
    public const string NoScopesClientId = "demo-no-scopes";
    public const string NoScopesClientSecret = "demo-no-scopes-secret";
    /// <summary>A public client (no secret): authorization code with PKCE, and refresh tokens.</summary>
    public const string StaffAppClientId = "demo-staff-app";
    public const string StaffAppRedirectUri = "http://127.0.0.1/callback";
    public const string StaffAppOtherRedirectUri = "http://localhost/callback";

    public static readonly IReadOnlyList<string> CommuneRegistryClientScopes = [JusticeScopes.RegistryRead, JusticeScopes.RegistryWrite];

    /// <summary>Creates the roles, the demo accounts and the demo client applications (into the demo data only).</summary>
    public static async Task CreateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<JusticeDbContext>();
        await StaffRoleSetup.EnsureRolesAsync(services);

        var organisations = await db.Set<Organisation>().AsNoTracking().ToListAsync(ct);
        var byCode = organisations.Where(o => o.Code is not null).ToLookup(o => o.Code!, StringComparer.Ordinal);
        var justice = byCode[CodificationTopic.AppraisingMinistryCode].First(o => o.Kind == OrganisationKind.Ministry);
        var office = byCode["VPBTP"].FirstOrDefault() ?? justice;
        var commune = organisations.Where(o => o.Kind == OrganisationKind.CommunePeoplesCommittee)
            .OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Code, StringComparer.Ordinal).First();
        var department = organisations.Single(o => o.Id == commune.ParentId);
        var auctionCentre = organisations
            .Where(o => o.Kind == OrganisationKind.AuctionOrganisation && o.AdministrativeUnitId == department.AdministrativeUnitId)
            .OrderBy(o => o.Name, StringComparer.Ordinal).First();
        var editorMinistries = await MinistriesWithTopicsAsync(db, organisations, ct);
        var editorMinistry = editorMinistries.FirstOrDefault(o => o.Code == CodificationEditorMinistryCode) ?? editorMinistries[0];
        var otherEditorMinistry = editorMinistries.FirstOrDefault(o => o.Code == OtherCodificationEditorMinistryCode)
            ?? editorMinistries.First(o => o.Id != editorMinistry.Id);
        var citizen = await db.Set<Person>().AsNoTracking().Where(p => p.PersonalIdNumber != null)
            .OrderBy(p => p.PersonalIdNumber).FirstAsync(ct);

        var users = services.GetRequiredService<UserManager<StaffAccount>>();
        (StaffAccount Account, string Role)[] accounts =
        [
            (new StaffAccount(AdministratorEmail, "Quản trị hệ thống", justice.Id), StaffRoles.Administrator),
            (new StaffAccount(CivilRegistryOfficerEmail, "Nguyễn Thị Hương", commune.Id, commune.AdministrativeUnitId), StaffRoles.CivilRegistryOfficer),
            (new StaffAccount(JudicialRecordsOfficerEmail, "Trần Văn Đức", department.Id, department.AdministrativeUnitId), StaffRoles.JudicialRecordsOfficer),
            (new StaffAccount(CodificationEditorEmail, "Lê Thị Thu Hà", editorMinistry.Id), StaffRoles.CodificationEditor),
            (new StaffAccount(OtherCodificationEditorEmail, "Phạm Quốc Khánh", otherEditorMinistry.Id), StaffRoles.CodificationEditor),
            (new StaffAccount(CodificationAppraiserEmail, "Hoàng Minh Tuấn", justice.Id), StaffRoles.CodificationAppraiser),
            (new StaffAccount(AuctionPublisherEmail, "Vũ Thị Lan", auctionCentre.Id, auctionCentre.AdministrativeUnitId), StaffRoles.AuctionPublisher),
            (new StaffAccount(StatisticsReporterEmail, "Đặng Văn Bình", department.Id, department.AdministrativeUnitId), StaffRoles.StatisticsReporter),
            (new StaffAccount(PortalEditorEmail, "Bùi Thị Mai", justice.Id), StaffRoles.PortalEditor),
            (new StaffAccount(ConferenceOperatorEmail, "Đỗ Văn Hùng", office.Id), StaffRoles.ConferenceOperator),
            (new StaffAccount(CitizenEmail, citizen.FullName, personalIdNumber: citizen.PersonalIdNumber!.Value), StaffRoles.Citizen),
        ];
        foreach (var (account, role) in accounts)
        {
            if (await users.FindByEmailAsync(account.Email!) is not null) continue;
            account.EmailConfirmed = true;
            Check(await users.CreateAsync(account, Password), account.Email!);
            Check(await users.AddToRoleAsync(account, role), account.Email!);
        }

        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        var ministry = byCode[MinistryClientMinistryCode].First(o => o.Kind == OrganisationKind.Ministry);
        await ClientRegistration.CreateAsync(applications, MinistryClientId, MinistryClientSecret, $"Hệ thống của {ministry.Name} (demo)",
            ministry.Id, JusticeScopes.AllRead, ct);
        await ClientRegistration.CreateAsync(applications, CommuneRegistryClientId, CommuneRegistryClientSecret,
            $"Phần mềm hộ tịch của {commune.Name} (demo)", commune.Id, CommuneRegistryClientScopes, ct);
        await ClientRegistration.CreateAsync(applications, NoScopesClientId, NoScopesClientSecret, "Ứng dụng không có quyền (demo)",
            organisationId: null, scopes: [], ct);
        if (await applications.FindByClientIdAsync(StaffAppClientId, ct) is null)
        {
            var staffApp = new OpenIddictApplicationDescriptor
            {
                ClientId = StaffAppClientId,
                ClientType = ClientTypes.Public,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = "Ứng dụng cán bộ (demo)",
                RedirectUris = { new Uri(StaffAppRedirectUri), new Uri(StaffAppOtherRedirectUri) },
                PostLogoutRedirectUris = { new Uri("http://127.0.0.1/"), new Uri("http://localhost/") },
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            foreach (var scope in JusticeScopes.All) staffApp.Permissions.Add(Permissions.Prefixes.Scope + scope);
            await applications.CreateAsync(staffApp, ct);
        }
    }

    /// <summary>Ministries other than the appraising one that have Code topics assigned, by code.</summary>
    private static async Task<List<Organisation>> MinistriesWithTopicsAsync(JusticeDbContext db, List<Organisation> organisations, CancellationToken ct)
    {
        var assigned = (await db.Set<CodificationTopic>().Select(t => t.AssignedMinistryId).Distinct().ToListAsync(ct)).ToHashSet();
        return organisations
            .Where(o => o.Kind == OrganisationKind.Ministry && assigned.Contains(o.Id) && o.Code != CodificationTopic.AppraisingMinistryCode)
            .OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo identity {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
