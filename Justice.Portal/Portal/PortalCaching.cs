using Justice.Domain.Common;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Portal;

/// <summary>
/// Output caching of anonymous public pages: GET/HEAD only, skipped for signed-in users (and whenever a sign-in
/// cookie is present), varied by the whole query string and the language; every entry is tagged
/// <see cref="ContentTag"/> so a change of public content evicts them all (<see cref="PortalContentCache"/>).
/// </summary>
public sealed class AnonymousPagePolicy : IOutputCachePolicy
{
    public const string Name = "portal";
    public const string ContentTag = "portal-content";
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var anonymous = http.User.Identity?.IsAuthenticated != true
            && !http.Request.Cookies.Keys.Any(k => k.StartsWith("Justice.SignIn", StringComparison.Ordinal));
        var cacheable = anonymous && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["lang"] = PortalLanguage.Current(http);
        context.Tags.Add(ContentTag);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only complete, shareable pages: no cookies set (antiforgery, language), no no-store, success only.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValuesEmpty(response.Headers.SetCookie)
            || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.Ordinal))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static bool StringValuesEmpty(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0;
}

/// <summary>
/// Evicts every cached public page when public content changes (documents, the Code, news, auctions…): the
/// database tells it through <see cref="IPublicContentListener"/> whichever path the change came by. The cache is
/// per node, so on several nodes another node's pages stay stale for at most <see cref="AnonymousPagePolicy.Duration"/>.
/// </summary>
public sealed class PortalContentCache(IOutputCacheStore store) : IPublicContentListener
{
    public ValueTask EvictAsync(CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(AnonymousPagePolicy.ContentTag, cancellationToken);

    ValueTask IPublicContentListener.PublicContentChangedAsync(CancellationToken cancellationToken) => EvictAsync(cancellationToken);
}
