using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Portal.Identity;

/// <summary>
/// Builds the identities that go into access tokens: one for a signed-in account, one for a client system.
/// Both carry the claim names of <see cref="JusticeClaims"/>, so an API reads a person and a system alike.
/// </summary>
internal sealed class JusticePrincipals(
    UserManager<StaffAccount> users,
    IOpenIddictApplicationManager applications,
    JusticeDbContext db)
{
    /// <summary>Application property holding the organisation a client system belongs to.</summary>
    public const string OrganisationProperty = JusticeClaims.Organisation;

    /// <summary>Scopes of OpenID Connect itself, which any account may be granted.</summary>
    public static readonly ImmutableArray<string> StandardScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess];

    public async Task<ClaimsIdentity> ForAccountAsync(StaffAccount account, IEnumerable<string> requestedScopes)
    {
        var roles = await users.GetRolesAsync(account);
        var allowed = StaffRoles.ScopesOf(roles).Concat(StandardScopes).ToHashSet(StringComparer.Ordinal);
        var identity = NewIdentity();
        identity.SetClaim(JusticeClaims.Subject, account.Id.ToString())
            .SetClaim(JusticeClaims.Name, account.FullName)
            .SetClaim(JusticeClaims.Email, account.Email)
            .SetClaims(JusticeClaims.Role, [.. roles.Order(StringComparer.Ordinal)])
            .SetClaim(JusticeClaims.PersonalIdNumber, account.PersonalIdNumber);
        identity.SetClaim(JusticeClaims.Organisation, account.OrganisationId?.ToString())
            .SetClaim(JusticeClaims.Jurisdiction, account.JurisdictionUnitId?.ToString());
        // A client may ask for anything it is allowed; the account is granted only what its roles carry.
        identity.SetScopes(requestedScopes.Where(allowed.Contains).Distinct(StringComparer.Ordinal));
        identity.SetDestinations(Destinations);
        return identity;
    }

    public async Task<ClaimsIdentity> ForClientAsync(object application, IEnumerable<string> requestedScopes)
    {
        var clientId = await applications.GetClientIdAsync(application)
            ?? throw new InvalidOperationException("A client application without a client id.");
        var scopes = requestedScopes.ToList();
        if (scopes.Count == 0)
        {
            // No scope asked for: the client gets every scope it is allowed (RFC 6749 §3.3, a pre-defined default).
            var permissions = await applications.GetPermissionsAsync(application);
            scopes = permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..])
                .Where(JusticeScopes.All.Contains).ToList();
        }
        var identity = NewIdentity();
        identity.SetClaim(JusticeClaims.Subject, clientId)
            .SetClaim(JusticeClaims.Name, await applications.GetDisplayNameAsync(application) ?? clientId);
        var properties = await applications.GetPropertiesAsync(application);
        Guid? organisationId = properties.TryGetValue(OrganisationProperty, out var value)
                               && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id) ? id : null;
        await AddOrganisationAsync(identity, organisationId);
        identity.SetScopes(scopes.Distinct(StringComparer.Ordinal));
        identity.SetDestinations(Destinations);
        return identity;
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, JusticeClaims.Name, JusticeClaims.Role);

    /// <summary>
    /// A client system acts for its organisation over the organisation's territory (a commune's People's
    /// Committee over its commune); a central body has none, which means national.
    /// </summary>
    private async Task AddOrganisationAsync(ClaimsIdentity identity, Guid? organisationId)
    {
        if (organisationId is null) return;
        identity.SetClaim(JusticeClaims.Organisation, organisationId.Value.ToString());
        var unitId = await db.Set<Organisation>().Where(o => o.Id == organisationId)
            .Select(o => o.AdministrativeUnitId).SingleOrDefaultAsync();
        if (unitId is not null) identity.SetClaim(JusticeClaims.Jurisdiction, unitId.Value.ToString());
    }

    /// <summary>
    /// Every claim reaches the access token, which is encrypted; the identity token, which the client reads,
    /// gets only what the granted OpenID Connect scopes cover.
    /// </summary>
    private static IEnumerable<string> Destinations(Claim claim)
    {
        yield return OpenIddictConstants.Destinations.AccessToken;
        var scopes = claim.Subject?.GetScopes() ?? [];
        var toIdentityToken = claim.Type switch
        {
            JusticeClaims.Subject => true,
            JusticeClaims.Name or JusticeClaims.Role => scopes.Contains(Scopes.Profile),
            JusticeClaims.Email => scopes.Contains(Scopes.Email),
            _ => false,
        };
        if (toIdentityToken) yield return OpenIddictConstants.Destinations.IdentityToken;
    }
}

/// <summary>
/// The cookie principal of a signed-in account carries the same claims as its access token would (with every
/// scope its roles allow), so pages and the API read <see cref="JusticeClaims"/> whichever way the caller came.
/// </summary>
internal sealed class JusticeClaimsPrincipalFactory(
    UserManager<StaffAccount> users, RoleManager<StaffRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffAccount, StaffRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.SetClaim(JusticeClaims.Name, user.FullName)
            .SetClaim(JusticeClaims.PersonalIdNumber, user.PersonalIdNumber)
            .SetClaim(JusticeClaims.Organisation, user.OrganisationId?.ToString())
            .SetClaim(JusticeClaims.Jurisdiction, user.JurisdictionUnitId?.ToString());
        identity.SetScopes(StaffRoles.ScopesOf(identity.FindAll(JusticeClaims.Role).Select(c => c.Value)).Order(StringComparer.Ordinal));
        return identity;
    }
}
