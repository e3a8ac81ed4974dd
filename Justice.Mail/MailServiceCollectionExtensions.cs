using Justice.Mail.Flows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Justice.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// The outbox, its dispatcher and the background service. Sends over SMTP when <c>Mail:Smtp:Host</c> is set,
    /// otherwise writes <c>.eml</c> files into <c>mail-pickup/</c> under <paramref name="dataPath"/>.
    /// Needs <c>AddJusticeDomain</c> (the context and the <see cref="TimeProvider"/>).
    /// </summary>
    public static IServiceCollection AddJusticeMail(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var options = configuration.GetSection(MailOptions.SectionName).Get<MailOptions>() ?? new MailOptions();
        if (configuration["Justice:PublicBaseUrl"] is { Length: > 0 } publicBaseUrl) options.PublicBaseUrl = publicBaseUrl;
        options.Validate();
        services.AddSingleton(options);
        // Loaded now: a broken template stops the host at start, not when the first message of its flow is due.
        services.AddSingleton(MailTemplateCatalog.LoadEmbedded());
        services.AddSingleton<EmailOutbox>();
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
            services.AddSingleton<IMailTransport>(sp => new PickupFolderMailTransport(
                Path.Combine(dataPath, "mail-pickup"), sp.GetRequiredService<ILogger<PickupFolderMailTransport>>(),
                MimeMessageFactory.CreateSigner(options.Dkim)));
        else
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<MailDispatcher>();
        services.AddScoped<MailStatusQueries>();
        // The workflow mails: one class per area, used by that area's mutations.
        services.AddSingleton<MailLinks>();
        services.AddSingleton<JudicialRecordMails>();
        services.AddSingleton<CodificationMails>();
        services.AddSingleton<StatisticsMails>();
        services.AddSingleton<AuctionNoticeMails>();
        services.AddSingleton<StatisticsOverdueSweep>();
        if (options.DispatcherEnabled)
            services.AddHostedService<MailDispatcherHostedService>();
        if (options.OverdueSweepInterval > TimeSpan.Zero)
            services.AddHostedService<StatisticsOverdueSweepHostedService>();
        return services;
    }
}
