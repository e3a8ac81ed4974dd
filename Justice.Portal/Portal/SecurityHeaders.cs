namespace Justice.Portal.Portal;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (own origin only, no inline script or style, no
/// framing), no MIME sniffing, no referrer to other sites. Pages with personal data add <see cref="NoStore"/>.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            // GraphiQL or other tools that bring their own policy keep it.
            if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(http);
    });

    /// <summary>For pages that show or take personal data: never kept by the browser, a proxy or the output cache.</summary>
    public static void NoStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store, no-cache";
        response.Headers.Pragma = "no-cache";
    }
}

/// <summary>Marks a page as showing or taking personal data: <c>Cache-Control: no-store</c> on every response.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoStoreAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IPageFilter
{
    public void OnPageHandlerSelected(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) { }
    public void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context) =>
        SecurityHeaders.NoStore(context.HttpContext.Response);
    public void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context) { }
}

/// <summary>Fingerprinted assets (<c>?v=</c> from <c>asp-append-version</c>) are kept for a year; others for an hour.</summary>
public static class PortalStaticFiles
{
    public static void OnPrepareResponse(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context)
    {
        var http = context.Context;
        http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
    }
}
