using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Auctions;

/// <summary>A page that could not get its data says so, but that answer must not be served from the cache for minutes.</summary>
public static class NotCached
{
    public static void Apply(HttpContext http)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
    }
}
