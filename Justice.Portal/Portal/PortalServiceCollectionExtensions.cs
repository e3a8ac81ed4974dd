using System.IO.Compression;
using Justice.Domain.Common;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;

namespace Justice.Portal.Portal;

public static class PortalServiceCollectionExtensions
{
    /// <summary>Rate limit of the public forms (applications, questions…): per client IP address.</summary>
    public const string FormsRateLimitPolicy = "portal-forms";

    public static IServiceCollection AddJusticePortal(this IServiceCollection services)
    {
        services.AddScoped<PortalOperations>();
        services.AddHttpContextAccessor();
        services.AddScoped<PortalText>();
        services.AddSingleton<PortalContentCache>();
        services.AddSingleton<IPublicContentListener>(sp => sp.GetRequiredService<PortalContentCache>());
        services.AddOutputCache(o =>
        {
            o.AddPolicy(AnonymousPagePolicy.Name, new AnonymousPagePolicy());
            o.SizeLimit = 256L * 1024 * 1024;
        });
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddRateLimiter(o => o.AddPolicy(FormsRateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    /// <summary>Before static files: headers, language, compression.</summary>
    public static WebApplication UseJusticePortalHeaders(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UsePortalLanguage();
        return app;
    }
}
