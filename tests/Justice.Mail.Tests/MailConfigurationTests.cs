using Justice.Domain.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.Mail.Tests;

public sealed class MailConfigurationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, string dataPath)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJusticeDomain(new DatabaseOptions(), dataPath);
        services.AddJusticeMail(configuration, dataPath);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_Mail_section_configures_SMTP()
    {
        using var services = Build(new()
        {
            ["Mail:Smtp:Host"] = "smtp.moj.gov.vn",
            ["Mail:Smtp:UseTls"] = "implicit",
            ["Mail:Smtp:User"] = "thongbao",
            ["Mail:Smtp:Password"] = "secret",
            ["Mail:From"] = "Cổng thông tin <cong@moj.gov.vn>",
            ["Mail:MaxAttempts"] = "5",
            ["Mail:BackoffBase"] = "00:00:10",
        }, "/tmp/unused");

        var options = services.GetRequiredService<MailOptions>();
        Assert.Equal("smtp.moj.gov.vn", options.Smtp.Host);
        Assert.Equal(SmtpTlsMode.Implicit, options.Smtp.UseTls);
        Assert.Equal(465, options.Smtp.EffectivePort);
        Assert.Equal("thongbao", options.Smtp.User);
        Assert.Equal("Cổng thông tin <cong@moj.gov.vn>", options.From);
        Assert.Equal(5, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(10), options.BackoffBase);
        Assert.IsType<SmtpMailTransport>(services.GetRequiredService<IMailTransport>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is MailDispatcherHostedService);
    }

    [Fact]
    public void Without_an_SMTP_host_mail_goes_to_the_pickup_folder_with_defaults()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), $"justice-mail-{Guid.NewGuid():N}");
        using var services = Build(new() { ["Mail:Smtp:Port"] = "2525", ["Mail:Smtp:UseTls"] = "starttls" }, dataPath);

        var options = services.GetRequiredService<MailOptions>();
        Assert.Equal(8, options.MaxAttempts);
        Assert.Equal(SmtpTlsMode.StartTls, options.Smtp.UseTls);
        Assert.Equal(2525, options.Smtp.EffectivePort);
        var pickup = Assert.IsType<PickupFolderMailTransport>(services.GetRequiredService<IMailTransport>());
        Assert.Equal(Path.Combine(dataPath, "mail-pickup"), pickup.Folder);
    }

    [Fact]
    public void The_background_dispatcher_can_be_turned_off()
    {
        using var services = Build(new() { ["Mail:DispatcherEnabled"] = "false" }, "/tmp/unused");
        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s is MailDispatcherHostedService);
    }

    [Theory]
    [InlineData("Mail:MaxAttempts", "0")]
    [InlineData("Mail:BatchSize", "0")]
    [InlineData("Mail:BackoffBase", "00:00:00")]
    [InlineData("Mail:Smtp:Port", "70000")]
    public void Settings_that_would_break_the_dispatcher_stop_the_host(string key, string value) =>
        Assert.Throws<InvalidOperationException>(() => Build(new() { [key] = value }, "/tmp/unused"));
}
