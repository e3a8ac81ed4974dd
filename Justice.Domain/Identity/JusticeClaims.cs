namespace Justice.Domain.Identity;

/// <summary>
/// Claim types the identity server puts into cookies and access tokens, and the API reads back.
/// Standard OpenID Connect names where one exists; our own, prefixed, for the rest.
/// </summary>
public static class JusticeClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    /// <summary>Granted scopes as in a JWT access token: one space-separated claim.</summary>
    public const string Scope = "scope";
    /// <summary>Granted scopes as OpenIddict keeps them in a principal: one claim per scope.</summary>
    public const string OpenIddictScope = "oi_scp";
    public const string ClientId = "client_id";
    /// <summary>The organisation (Organisation.Id) the user works for or the client system belongs to.</summary>
    public const string Organisation = "justice_org";
    /// <summary>The administrative unit (AdministrativeUnit.Id) the caller's jurisdiction covers; absent = national.</summary>
    public const string Jurisdiction = "justice_unit";
    /// <summary>A citizen's personal ID number (số định danh cá nhân), as verified at sign-in.</summary>
    public const string PersonalIdNumber = "justice_pin";
}
