using System.Security.Claims;
using Justice.Domain.Identity;

namespace Justice.GraphQL.Tests;

/// <summary>
/// The kinds of caller of the authorization matrix, as the claims the identity server issues for them
/// (<see cref="JusticeClaims"/>). A staff user's scopes come from their roles; a client's from its grant.
/// </summary>
public static class TestCallers
{
    public static readonly Claim[] Anonymous = [];

    public static Claim[] Administrator() =>
        Staff("admin@moj.gov.vn", [StaffRoles.Administrator], organisationId: null, jurisdictionUnitId: null);

    public static Claim[] Staff(string subject, IEnumerable<string> roles, Guid? organisationId, Guid? jurisdictionUnitId)
    {
        var claims = new List<Claim> { new(JusticeClaims.Subject, subject), new(JusticeClaims.Name, subject) };
        claims.AddRange(roles.Select(r => new Claim(JusticeClaims.Role, r)));
        if (organisationId is { } org) claims.Add(new Claim(JusticeClaims.Organisation, org.ToString()));
        if (jurisdictionUnitId is { } unit) claims.Add(new Claim(JusticeClaims.Jurisdiction, unit.ToString()));
        return [.. claims];
    }

    /// <summary>A system calling with client credentials: subject and client are the client id.</summary>
    public static Claim[] Client(string clientId, Guid? organisationId, params string[] scopes)
    {
        var claims = new List<Claim> { new(JusticeClaims.Subject, clientId), new(JusticeClaims.ClientId, clientId) };
        if (scopes.Length > 0) claims.Add(new Claim(JusticeClaims.Scope, string.Join(' ', scopes)));
        if (organisationId is { } org) claims.Add(new Claim(JusticeClaims.Organisation, org.ToString()));
        return [.. claims];
    }

    public static Claim[] Citizen(string personalIdNumber) =>
    [
        new(JusticeClaims.Subject, "citizen-" + personalIdNumber),
        new(JusticeClaims.Role, StaffRoles.Citizen),
        new(JusticeClaims.PersonalIdNumber, personalIdNumber),
    ];
}
