using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Portal.Identity;

/// <summary>
/// A ministry's or agency's system calling the API with client credentials: bound to its organisation (the token
/// carries it) and to the scopes it may ask for.
/// </summary>
public static class ClientRegistration
{
    /// <summary>Registers the client unless one with that id exists; returns whether it was created.</summary>
    public static async Task<bool> CreateAsync(IOpenIddictApplicationManager applications, string clientId, string secret,
        string displayName, Guid? organisationId, IEnumerable<string> scopes, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(clientId, ct) is not null) return false;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        if (organisationId is not null)
            descriptor.Properties[JusticePrincipals.OrganisationProperty] = JsonSerializer.SerializeToElement(organisationId.Value.ToString());
        await applications.CreateAsync(descriptor, ct);
        return true;
    }
}
