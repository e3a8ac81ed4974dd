namespace Justice.Portal.Portal;

/// <summary>
/// Vietnamese first, English on request: <c>?lang=en</c> (or <c>?lang=vi</c>) switches and is remembered in a
/// cookie; the page's <c>lang</c> attribute and texts follow.
/// </summary>
public static class PortalLanguage
{
    public const string Cookie = "lang";
    private const string ItemKey = "portal.lang";

    public static string Current(HttpContext http) =>
        http.Items.TryGetValue(ItemKey, out var value) && value is string lang ? lang : Resolve(http);

    public static bool IsEnglish(HttpContext http) => Current(http) == "en";

    private static string Resolve(HttpContext http)
    {
        var asked = http.Request.Query["lang"].ToString();
        var lang = asked is "en" or "vi" ? asked : http.Request.Cookies[Cookie] is "en" ? "en" : "vi";
        http.Items[ItemKey] = lang;
        return lang;
    }

    /// <summary>Remembers a language asked for in the query string (a year, lax, not readable by scripts).</summary>
    public static IApplicationBuilder UsePortalLanguage(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var asked = http.Request.Query["lang"].ToString();
        if (asked is "en" or "vi" && http.Request.Cookies[Cookie] != asked)
            http.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365),
                Secure = http.Request.IsHttps, Path = "/",
            });
        Resolve(http);
        await next(http);
    });
}
