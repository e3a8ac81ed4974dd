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
        var signalR = builder.Services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        if (builder.Configuration[RedisSetting] is { Length: > 0 } redis)
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("justice"));
        return builder;
    }

    public static WebApplication MapJusticeConferences(this WebApplication app)
    {
        app.MapHub<ConferenceHub>(ConferenceHub.Path);
        return app;
    }
}
