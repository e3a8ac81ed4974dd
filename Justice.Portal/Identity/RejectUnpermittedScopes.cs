using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Justice.Portal.Identity;

/// <summary>
/// A token request asking for a scope the client was never granted is an <c>invalid_scope</c> error
/// (RFC 6749 §5.2); OpenIddict's own check, which would run next, answers <c>invalid_request</c>.
/// </summary>
internal sealed class RejectUnpermittedScopes(IOpenIddictApplicationManager applications)
    : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<RejectUnpermittedScopes>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (context.ClientId is not { Length: > 0 } clientId) return;
        var scopes = context.Request.GetScopes();
        if (scopes.IsEmpty || await applications.FindByClientIdAsync(clientId) is not { } application) return;
        foreach (var scope in scopes)
        {
            if (scope is Scopes.OpenId or Scopes.OfflineAccess) continue;
            if (await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope)) continue;
            context.Reject(Errors.InvalidScope, $"This client application is not allowed to use the scope '{scope}'.");
            return;
        }
    }
}
