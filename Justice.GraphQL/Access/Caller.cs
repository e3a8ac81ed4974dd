using System.Security.Claims;
using Justice.Domain.Identity;

namespace Justice.GraphQL.Access;

public enum CallerKind { Anonymous, Citizen, Staff, ClientSystem }

/// <summary>
/// Who is asking, as every resolver sees it: made once per request from the authenticated principal
/// (cookie or bearer token), so that rules never read claims directly.
/// </summary>
public sealed record Caller(
    CallerKind Kind,
    string? SubjectId,
    string? ClientId,
    string? DisplayName,
    Guid? OrganisationId,
    Guid? JurisdictionUnitId,
    string? PersonalIdNumber,
    IReadOnlySet<string> Scopes,
    IReadOnlySet<string> Roles)
{
    public static readonly Caller Anonymous = new(CallerKind.Anonymous, null, null, null, null, null, null,
        new HashSet<string>(), new HashSet<string>());

    public bool IsAuthenticated => Kind != CallerKind.Anonymous;
    public bool IsAdministrator => Roles.Contains(StaffRoles.Administrator);
    /// <summary>No unit on the account: the caller's jurisdiction is the whole country (a ministry, the MOJ).</summary>
    public bool IsNational => JurisdictionUnitId is null;
    public bool Has(string scope) => Scopes.Contains(scope);

    /// <summary>The name written into audit entries: the user, and the client application when there is one.</summary>
    public string AuditName => (SubjectId, ClientId) switch
    {
        (null, null) => "anonymous",
        ({ } subject, { } client) when subject != client => $"{subject} via {client}",
        ({ } subject, _) => subject,
        (null, { } client) => client,
    };

    public static Caller From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return Anonymous;
        string? Value(string type) => principal.FindFirst(type)?.Value;
        Guid? Id(string type) => Guid.TryParse(Value(type), out var id) ? id : null;

        var roles = principal.FindAll(JusticeClaims.Role).Select(c => c.Value)
            .Concat(principal.FindAll(ClaimTypes.Role).Select(c => c.Value))
            .ToHashSet(StringComparer.Ordinal);
        var tokenScopes = principal.FindAll(JusticeClaims.OpenIddictScope).Select(c => c.Value)
            .Concat(principal.FindAll(JusticeClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);
        var subject = Value(JusticeClaims.Subject) ?? Value(ClaimTypes.NameIdentifier);
        var clientId = Value(JusticeClaims.ClientId) ?? Value("azp");
        // A token carries what was granted to it (never more than the roles allow, the server sees to that);
        // a signed-in user without a token (the portal's cookie) gets what the roles carry.
        var scopes = tokenScopes.Count > 0 || clientId is not null ? tokenScopes : StaffRoles.ScopesOf(roles).ToHashSet();
        var kind = roles.Contains(StaffRoles.Citizen) ? CallerKind.Citizen
            : roles.Count > 0 ? CallerKind.Staff
            : clientId is not null && (subject is null || subject == clientId) ? CallerKind.ClientSystem
            : CallerKind.Staff;
        return new Caller(kind, subject, clientId, Value(JusticeClaims.Name) ?? Value(ClaimTypes.Name),
            Id(JusticeClaims.Organisation), Id(JusticeClaims.Jurisdiction), Value(JusticeClaims.PersonalIdNumber),
            scopes, roles);
    }
}
