using System.Text.Encodings.Web;
using System.Text.Unicode;
using Justice.Domain.Common;
using Justice.Domain.DemoData;
using Justice.Domain.Persistence;
using Justice.GraphQL;
using Justice.Mail;
using Justice.Portal.Identity;
using Justice.Portal.Portal;
using Justice.Search;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;

namespace Justice.Portal.Hosting;

public static class JusticeHostExtensions
{
    public static WebApplicationBuilder AddJusticeHost(this WebApplicationBuilder builder)
    {
        var settings = JusticeHostSettings.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings);
        builder.Services.AddJusticeDomain(settings.Database, settings.DataPath);
        builder.Services.AddJusticeDemoData();
        builder.Services.AddJusticeMail(builder.Configuration, settings.DataPath);
        builder.Services.AddJusticeGraphQL(builder.Configuration, builder.Environment);
        builder.Services.AddJusticeSearch(builder.Configuration, settings.DataPath);
        // Keys that protect cookies and antiforgery tokens live in the data folder, not the user's home, so a
        // restart (or another node sharing the folder) accepts what this host issued.
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("Justice")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataPath, "keys")));
        // In production the keys are encrypted at rest with a certificate; without one (development) they are
        // plain files in the data folder, and the framework says so in a warning at first start.
        if (builder.Configuration["Justice:DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader
                .LoadPkcs12FromFile(certificatePath, builder.Configuration["Justice:DataProtection:CertificatePassword"]));
        builder.AddJusticeIdentity();
        Conferences.ConferenceHostExtensions.AddJusticeConferences(builder);
        builder.Services.AddRazorPages();
        builder.Services.AddJusticePortal();
        // Razor would otherwise escape every Vietnamese letter as an HTML entity.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DataFolderHealthCheck>("dataFolder");
        return builder;
    }

    /// <summary>Applies migrations and, when configured, loads the demo data into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<JusticeHostSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Justice.Startup");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        await DatabaseMigrator.MigrateAsync(db, logger);
        await StaffRoleSetup.EnsureRolesAsync(scope.ServiceProvider);
        if (settings.SeedDemoDataWhenEmpty && !await DemoDataGenerator.HasDataAsync(db, default))
        {
            logger.LogInformation("Empty database: loading the demo data");
            var generator = scope.ServiceProvider.GetRequiredService<DemoDataGenerator>();
            var clock = app.Services.GetRequiredService<TimeProvider>();
            var today = VietnamTime.LocalDate(clock.GetUtcNow().UtcDateTime);
            var started = clock.GetTimestamp();
            await generator.GenerateAsync(db, DemoScale.Demo, today,
                progress: new Progress<(string Area, TimeSpan Took)>(p =>
                    logger.LogInformation("Demo data: {Area} in {Milliseconds:F0} ms", p.Area, p.Took.TotalMilliseconds)));
            await DemoIdentities.CreateAsync(scope.ServiceProvider);
            logger.LogInformation("Demo data loaded in {Seconds:F1} s", clock.GetElapsedTime(started).TotalSeconds);
        }
        logger.LogInformation("Data folder: {DataPath}; database: {Provider}", settings.DataPath, settings.Database.Provider);
    }

    public static WebApplication UseJusticeHost(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseJusticePortalHeaders();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = PortalStaticFiles.OnPrepareResponse });
        app.MapJusticeIdentity();
        app.UseOutputCache();
        Conferences.ConferenceHostExtensions.MapJusticeConferences(app);
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.UseJusticeGraphQL();
        app.MapRazorPages();
        return app;
    }
}
