using System.Security.Claims;
using Justice.Domain.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Portal.Identity;

/// <summary>
/// The parts of <c>/connect/*</c> that need the application: who is signing in and what they may be granted.
/// OpenIddict validates each request (client, secret, PKCE, redirect URI, scope permissions) before it gets here.
/// </summary>
internal static class ConnectEndpoints
{
    public static void Map(WebApplication app, JusticeIdentitySettings settings)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).DisableAntiforgery();
        app.MapPost("/connect/token", ExchangeAsync).DisableAntiforgery();
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], LogoutAsync).DisableAntiforgery();
        if (settings.ExposeWhoAmI)
            app.MapGet("/connect/whoami", (ClaimsPrincipal user) => Results.Json(new
            {
                authenticationType = user.Identity?.AuthenticationType,
                claims = user.Claims.Select(c => new { type = c.Type, value = c.Value }),
            })).RequireAuthorization();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<StaffAccount> users,
        SignInManager<StaffAccount> signIn, JusticePrincipals principals)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var cookie = await http.AuthenticateAsync(JusticeAuthenticationSchemes.Cookie);
        var account = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;
        if (account is null || !await signIn.CanSignInAsync(account))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            // Back to this same request once signed in (form posts are replayed as a query string).
            var parameters = request.GetParameters().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value));
            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [JusticeAuthenticationSchemes.Cookie]);
        }
        var identity = await principals.ForAccountAsync(account, request.GetScopes());
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> ExchangeAsync(HttpContext http, IOpenIddictApplicationManager applications,
        UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, JusticePrincipals principals)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("OpenIddict authenticated a client that does not exist.");
            var identity = await principals.ForClientAsync(application, request.GetScopes());
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = granted.Principal?.GetClaim(Claims.Subject);
            var account = subject is null ? null : await users.FindByIdAsync(subject);
            if (account is null || !await signIn.CanSignInAsync(account) || await users.IsLockedOutAsync(account))
                return Forbid(Errors.InvalidGrant, "The account may no longer sign in.");
            // Claims are read afresh, so a role taken away since sign-in no longer reaches new tokens.
            var identity = await principals.ForAccountAsync(account, granted.Principal!.GetScopes());
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, SignInManager<StaffAccount> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    // error_description is ASCII by RFC 6749 §5.2, hence English here while pages speak Vietnamese.
    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
