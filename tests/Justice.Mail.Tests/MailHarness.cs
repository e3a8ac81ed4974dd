using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Justice.Mail.Tests;

/// <summary>One test's world: a fresh database, a real SMTP server on loopback, a manual clock and the mail services.</summary>
public sealed class MailHarness : IAsyncDisposable
{
    public static readonly DateTime Start = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    private readonly ServiceProvider _services;

    private MailHarness(TestDatabase database, TestSmtpServer smtp, MailOptions options, string dataPath, TimeProvider? time)
    {
        Time = time ?? Clock;
        Database = database;
        Smtp = smtp;
        Options = options;
        DataPath = dataPath;
        var services = new ServiceCollection();
        services.AddJusticeDomain(new DatabaseOptions { Provider = database.Provider, ConnectionString = database.ConnectionString }, dataPath);
        services.AddSingleton(Time);
        _services = services.BuildServiceProvider();
        Outbox = new EmailOutbox(options, Time, Templates);
    }

    public TestDatabase Database { get; }
    public TestSmtpServer Smtp { get; }
    public MailOptions Options { get; }
    public string DataPath { get; }
    public ManualClock Clock { get; } = new(Start);
    /// <summary>The clock of the services: <see cref="Clock"/> unless the test runs on real time.</summary>
    public TimeProvider Time { get; }
    public EmailOutbox Outbox { get; }
    /// <summary>Checked once for the whole test run.</summary>
    public static MailTemplateCatalog Templates { get; } = MailTemplateCatalog.LoadEmbedded();

    public static async Task<MailHarness> CreateAsync(DatabaseProvider provider, Action<MailOptions>? configure = null,
        TimeProvider? time = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var smtp = await TestSmtpServer.StartAsync();
        var options = new MailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, UseTls = SmtpTlsMode.None, Timeout = TimeSpan.FromSeconds(5) },
            From = "Bộ Tư pháp <thongbao@moj.gov.vn>",
            BackoffBase = TimeSpan.FromMinutes(1),
        };
        configure?.Invoke(options);
        return new MailHarness(database, smtp, options, Path.Combine(Path.GetTempPath(), $"justice-mail-{Guid.NewGuid():N}"), time);
    }

    public IMailTransport SmtpTransport() => new SmtpMailTransport(Options, NullLogger<SmtpMailTransport>.Instance);

    public MailDispatcher Dispatcher(IMailTransport? transport = null) => new(
        _services.GetRequiredService<IServiceScopeFactory>(), transport ?? SmtpTransport(), Options, Time,
        NullLogger<MailDispatcher>.Instance);

    public static EmailDraft Draft(int n = 1, params string[] to) => new(
        "legal-question.answered", 2,
        to.Length > 0 ? to : ["nguyen.van.an@example.vn"],
        $"Câu hỏi pháp luật số {n} đã được trả lời",
        $"<p>Kính gửi ông <b>Nguyễn Văn An</b>,</p><p>Câu hỏi số {n} của ông đã được trả lời.</p>",
        $"Kính gửi ông Nguyễn Văn An,\n\nCâu hỏi số {n} của ông đã được trả lời.");

    public async Task<OutgoingEmail> EnqueueAsync(EmailDraft draft)
    {
        await using var db = Database.NewContext();
        var email = Outbox.Enqueue(db, draft);
        await db.SaveChangesAsync();
        return email;
    }

    public async Task<OutgoingEmail> LoadAsync(Guid id)
    {
        await using var db = Database.NewContext();
        return await db.Set<OutgoingEmail>().AsNoTracking().SingleAsync(e => e.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }
}
