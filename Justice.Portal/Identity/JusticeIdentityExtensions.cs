using Justice.Domain.Identity;
using Justice.Domain.Persistence;
using Justice.Portal.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Portal.Identity;

/// <summary>Names of the authentication schemes the host answers to.</summary>
public static class JusticeAuthenticationSchemes
{
    /// <summary>
    /// The default: a bearer access token when the request carries one, otherwise the sign-in cookie.
    /// <c>HttpContext.User</c> then holds the <see cref="JusticeClaims"/> of either.
    /// </summary>
    public const string Caller = "JusticeCaller";
    /// <summary>Access tokens issued by this host's OpenID Connect server.</summary>
    public const string Bearer = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
    /// <summary>The cookie set by the sign-in page.</summary>
    public static readonly string Cookie = IdentityConstants.ApplicationScheme;
}

public static class JusticeIdentityExtensions
{
    public const string SignInPath = "/dang-nhap";

    /// <summary>
    /// Accounts (ASP.NET Core Identity, in the one database), the OpenID Connect server at <c>/connect/*</c>
    /// and validation of its access tokens, behind the <see cref="JusticeAuthenticationSchemes.Caller"/> scheme.
    /// </summary>
    public static WebApplicationBuilder AddJusticeIdentity(this WebApplicationBuilder builder)
    {
        var settings = JusticeIdentitySettings.From(builder.Configuration, builder.Environment);
        var dataPath = JusticeHostSettings.From(builder.Configuration, builder.Environment).DataPath;
        var services = builder.Services;
        services.AddSingleton(settings);

        services.AddIdentity<StaffAccount, StaffRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.ClaimsIdentity.UserIdClaimType = JusticeClaims.Subject;
                o.ClaimsIdentity.UserNameClaimType = JusticeClaims.Name;
                o.ClaimsIdentity.EmailClaimType = JusticeClaims.Email;
                o.ClaimsIdentity.RoleClaimType = JusticeClaims.Role;
                o.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddEntityFrameworkStores<JusticeDbContext>()
            .AddClaimsPrincipalFactory<JusticeClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Justice.SignIn";
            o.LoginPath = SignInPath;
            o.LogoutPath = "/connect/logout";
            o.AccessDeniedPath = SignInPath;
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = JusticeAuthenticationSchemes.Caller;
                o.DefaultAuthenticateScheme = JusticeAuthenticationSchemes.Caller;
                o.DefaultChallengeScheme = JusticeAuthenticationSchemes.Caller;
                o.DefaultForbidScheme = JusticeAuthenticationSchemes.Caller;
            })
            .AddPolicyScheme(JusticeAuthenticationSchemes.Caller, "Bearer token or sign-in cookie", o =>
                o.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString() is var header
                    && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JusticeAuthenticationSchemes.Bearer
                        : JusticeAuthenticationSchemes.Cookie);
        services.AddAuthorization();
        services.AddScoped<JusticePrincipals>();

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<JusticeDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                o.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                o.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, .. JusticeScopes.All]);
                o.AddEventHandler(RejectUnpermittedScopes.Descriptor);
                o.AddEventHandler(ClientErrorStatus.Descriptor);
                if (settings.Issuer is not null) o.SetIssuer(settings.Issuer);
                // Access tokens stay encrypted (the default): clients hold them but have no business reading them,
                // and a citizen's token carries a personal ID number. Only this host (and its nodes) read them.
                AddKeys(o, settings, Path.Combine(dataPath, "keys"));
                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (settings.AllowHttp) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });
        return builder;
    }

    /// <summary>The authentication middleware and the <c>/connect/*</c> endpoints.</summary>
    public static WebApplication MapJusticeIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        ConnectEndpoints.Map(app, app.Services.GetRequiredService<JusticeIdentitySettings>());
        return app;
    }

    private static void AddKeys(OpenIddictServerBuilder options, JusticeIdentitySettings settings, string keysFolder)
    {
        if (settings.SigningCertificatePath is { } signing)
            options.AddSigningCertificate(IdentityKeys.LoadCertificate(signing, settings.SigningCertificatePassword));
        else
            options.AddSigningKey(IdentityKeys.LoadOrCreate(keysFolder, IdentityKeys.SigningKeyFile));
        if (settings.EncryptionCertificatePath is { } encryption)
            options.AddEncryptionCertificate(IdentityKeys.LoadCertificate(encryption, settings.EncryptionCertificatePassword));
        else
            options.AddEncryptionKey(IdentityKeys.LoadOrCreate(keysFolder, IdentityKeys.EncryptionKeyFile));
    }

    /// <summary>A browser is sent to the sign-in page; a program calling an API gets the status code.</summary>
    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/graphql") || path.StartsWithSegments("/connect/whoami")
            || context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
