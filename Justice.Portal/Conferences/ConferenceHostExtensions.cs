using System.Text.Encodings.Web;
using Justice.Domain.Conferences;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;
using Justice.GraphQL.Conferences;
using Justice.Portal.Identity;

namespace Justice.Portal.Conferences;

public static class ConferenceHostExtensions
{
    public const string RedisSetting = "Justice:Redis:ConnectionString";

    /// <summary>
    /// The conference hub, its notifier and invitations. With <c>Justice:Redis:ConnectionString</c> set, SignalR uses
    /// the Redis backplane so that a change made on one node reaches the clients of every node.
    /// </summary>
    public static WebApplicationBuilder AddJusticeConferences(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Justice:Conferences").Get<ConferenceSettings>() ?? new ConferenceSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new ConferenceBridgeOptions(settings.BridgeMaxEndpoints));
        builder.Services.AddSingleton<IConferenceNotifier, SignalRConferenceNotifier>();
        builder.Services.AddSingleton<IMeetingInvitations, OutboxMeetingInvitations>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(ConferenceHub.ReadPolicy, policy => policy
            .AddAuthenticationSchemes(JusticeAuthenticationSchemes.Caller)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => Caller.From(context.User) is { Kind: CallerKind.Staff } caller && caller.Has(JusticeScopes.ConferencesRead)));
        // A hub client is a program: a missing or refused sign-in is a status code, not the sign-in page.
        builder.Services.PostConfigure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(JusticeAuthenticationSchemes.Cookie, o =>
        {
            var toLogin = o.Events.OnRedirectToLogin;
            var toDenied = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToLogin = context => StatusForHub(context, StatusCodes.Status401Unauthorized) ?? toLogin(context);
            o.Events.OnRedirectToAccessDenied = context => StatusForHub(context, StatusCodes.Status403Forbidden) ?? toDenied(context);
        });
        var signalR = builder.Services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        if (builder.Configuration[RedisSetting] is { Length: > 0 } redis)
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("justice"));
        return builder;
    }

    private static Task? StatusForHub(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments(ConferenceHub.Path)) return null;
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    public static WebApplication MapJusticeConferences(this WebApplication app)
    {
        app.MapHub<ConferenceHub>(ConferenceHub.Path);
        return app;
    }
}
