using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Justice.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Storage;
using Justice.Testing.Smtp;
using ServerResponse = SmtpServer.Protocol.SmtpResponse;

namespace Justice.Bench.Scenarios;

/// <summary>
/// Queued messages delivered from the outbox in PostgreSQL by the project's dispatcher (claim with
/// <c>FOR UPDATE SKIP LOCKED</c>, mark Sending, build the MIME message, send, record the outcome) to an SMTP server
/// in this process, beside a plain MailKit loop sending the same messages (already loaded, built in the loop)
/// over one connection to the same server. Both use the same TCP settings (Nagle off). The ratio is how much of
/// SMTP's own speed the outbox keeps. Rounds alternate; the best of each counts.
/// </summary>
public sealed class MailScenario(BenchSettings settings)
{
    private const string Scenario = "mail";
    private const string Database = "bench_mail";
    private const int Rounds = 3;

    private static int Messages => int.TryParse(Environment.GetEnvironmentVariable("JUSTICE_BENCH_MAIL_MESSAGES"), out var n) ? n : 10_000;
    /// <summary>The host's default (<see cref="MailOptions.BatchSize"/>) unless JUSTICE_BENCH_MAIL_BATCH sets another.</summary>
    private static int BatchSize => int.TryParse(Environment.GetEnvironmentVariable("JUSTICE_BENCH_MAIL_BATCH"), out var n) ? n : new MailOptions().BatchSize;

    public async Task RunAsync()
    {
        var count = Messages;
        await RecreateAsync();
        var connection = new NpgsqlConnectionStringBuilder(settings.PostgresConnection) { Database = Database }.ConnectionString;
        await using (var db = JusticeDomainServiceCollectionExtensions.CreateContext(DatabaseProvider.PostgreSql, connection))
            await DatabaseMigrator.MigrateAsync(db, NullLogger.Instance);

        await using var smtp = await CountingSmtpServer.StartAsync();
        var options = new MailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, UseTls = SmtpTlsMode.None },
            BatchSize = BatchSize,
        };
        var outbox = new EmailOutbox(options, TimeProvider.System, MailTemplateCatalog.LoadEmbedded());
        await EnqueueAsync(connection, outbox, count);

        var services = new ServiceCollection();
        services.AddJusticeDomain(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection },
            Path.GetTempPath());
        await using var provider = services.BuildServiceProvider();
        var dispatcher = new MailDispatcher(provider.GetRequiredService<IServiceScopeFactory>(),
            new SmtpMailTransport(options, NullLogger<SmtpMailTransport>.Instance), options, TimeProvider.System,
            NullLogger<MailDispatcher>.Instance);

        List<OutgoingEmail> loaded;
        await using (var db = JusticeDomainServiceCollectionExtensions.CreateContext(DatabaseProvider.PostgreSql, connection))
            loaded = await db.Set<OutgoingEmail>().AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync();

        // The outbox's own cost: the same runs with a transport that accepts every message at once.
        var nowhere = new MailDispatcher(provider.GetRequiredService<IServiceScopeFactory>(), new NowhereTransport(), options,
            TimeProvider.System, NullLogger<MailDispatcher>.Instance);
        var outboxOnly = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            await RequeueAsync(connection);
            var watch = Stopwatch.StartNew();
            if ((await nowhere.DispatchDueAsync()).Sent != count) throw new InvalidOperationException("The outbox lost messages.");
            outboxOnly.Add(watch.Elapsed.TotalSeconds);
        }

        var project = new List<double>();
        var plain = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            await RequeueAsync(connection);
            var before = smtp.Received;
            var watch = Stopwatch.StartNew();
            var result = await dispatcher.DispatchDueAsync();
            project.Add(watch.Elapsed.TotalSeconds);
            if (result.Sent != count || smtp.Received - before != count || await SentAsync(connection) != count)
                throw new InvalidOperationException($"The dispatcher delivered {result.Sent} of {count} messages ({smtp.Received - before} received).");

            before = smtp.Received;
            watch.Restart();
            await PlainLoopAsync(smtp.Port, loaded);
            plain.Add(watch.Elapsed.TotalSeconds);
            if (smtp.Received - before != count) throw new InvalidOperationException("The plain loop lost messages.");
        }

        Console.Error.WriteLine($"mail rounds: outbox {string.Join(", ", project.Select(s => $"{s:F2} s"))}; " +
                                $"plain MailKit {string.Join(", ", plain.Select(s => $"{s:F2} s"))}; batch {options.BatchSize}");
        BenchResult.Compared(Scenario, "messages_per_s", count / project.Min(), "messages/s", count / plain.Min()).Print();
        new BenchResult(Scenario, "plain_mailkit_messages_per_s", Math.Round(count / plain.Min(), 1), "messages/s").Print();
        new BenchResult(Scenario, "outbox_only_messages_per_s", Math.Round(count / outboxOnly.Min(), 1), "messages/s").Print();
        new BenchResult(Scenario, "batch_size", options.BatchSize, "messages").Print();
        new BenchResult(Scenario, "messages", count, "messages").Print();
        NpgsqlConnection.ClearAllPools();
        await DropAsync();
    }

    private static async Task EnqueueAsync(string connection, EmailOutbox outbox, int count)
    {
        for (var start = 0; start < count; start += 1000)
        {
            await using var db = JusticeDomainServiceCollectionExtensions.CreateContext(DatabaseProvider.PostgreSql, connection);
            for (var n = start; n < Math.Min(count, start + 1000); n++)
                outbox.Enqueue(db, new EmailDraft("legal-question.answered", 2, [$"cong.dan.{n}@example.vn"],
                    $"Câu hỏi pháp luật số {n} đã được trả lời",
                    $"<p>Kính gửi ông <b>Nguyễn Văn An</b>,</p><p>Câu hỏi số {n} của ông về thủ tục đăng ký khai sinh đã được "
                    + "Bộ Tư pháp trả lời. Mời ông xem câu trả lời trên Cổng thông tin điện tử.</p>",
                    $"Kính gửi ông Nguyễn Văn An,\n\nCâu hỏi số {n} của ông về thủ tục đăng ký khai sinh đã được Bộ Tư pháp "
                    + "trả lời. Mời ông xem câu trả lời trên Cổng thông tin điện tử."));
            await db.SaveChangesAsync();
        }
    }

    private static async Task RequeueAsync(string connection)
    {
        await using var db = JusticeDomainServiceCollectionExtensions.CreateContext(DatabaseProvider.PostgreSql, connection);
        var due = DateTime.UtcNow.AddSeconds(-1);
        await db.Set<OutgoingEmail>().ExecuteUpdateAsync(u => u
            .SetProperty(e => e.Status, OutgoingEmailStatus.Queued)
            .SetProperty(e => e.Attempts, 0)
            .SetProperty(e => e.SentAt, (DateTime?)null)
            .SetProperty(e => e.LastAttemptAt, (DateTime?)null)
            .SetProperty(e => e.NextAttemptAt, due));
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"OutgoingEmail\"");
    }

    private static async Task<int> SentAsync(string connection)
    {
        await using var db = JusticeDomainServiceCollectionExtensions.CreateContext(DatabaseProvider.PostgreSql, connection);
        return await db.Set<OutgoingEmail>().CountAsync(e => e.Status == OutgoingEmailStatus.Sent);
    }

    /// <summary>What a program without an outbox would do: one connection, build and send each message in turn.</summary>
    private static async Task PlainLoopAsync(int port, List<OutgoingEmail> messages)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        using var client = new SmtpClient();
        await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None);
        foreach (var email in messages) await client.SendAsync(MimeMessageFactory.Create(email));
        await client.DisconnectAsync(true);
    }

    private async Task RecreateAsync()
    {
        await DropAsync();
        await using var admin = new NpgsqlConnection(settings.PostgresConnection);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", admin);
        await create.ExecuteNonQueryAsync();
    }

    private async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(settings.PostgresConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private sealed class NowhereTransport : IMailTransport, IMailTransportSession
    {
        public Task<IMailTransportSession> OpenSessionAsync(CancellationToken cancellationToken) => Task.FromResult<IMailTransportSession>(this);
        public Task<MailSendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken) => Task.FromResult(MailSendOutcome.Sent);
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>An SMTP server on a free loopback port that accepts every message and counts it.</summary>
    private sealed class CountingSmtpServer : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly SmtpServer.SmtpServer _server;
        private readonly Task _running;
        private int _received;

        private CountingSmtpServer(int port)
        {
            Port = port;
            var options = new SmtpServerOptionsBuilder().ServerName("smtp.bench")
                .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(new Store(this));
            services.Add(new NoDelayEndpointListenerFactory());
            _server = new SmtpServer.SmtpServer(options, services);
            _running = _server.StartAsync(_stop.Token);
        }

        public int Port { get; }
        public int Received => Volatile.Read(ref _received);

        public static async Task<CountingSmtpServer> StartAsync()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var server = new CountingSmtpServer(port);
            for (var i = 0; ; i++)
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    return server;
                }
                catch (SocketException) when (i < 200)
                {
                    await Task.Delay(10);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _server.Shutdown();
            await _stop.CancelAsync();
            try { await _running; } catch (OperationCanceledException) { }
            _stop.Dispose();
        }

        private sealed class Store(CountingSmtpServer owner) : MessageStore
        {
            public override Task<ServerResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
                ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref owner._received);
                return Task.FromResult(ServerResponse.Ok);
            }
        }
    }
}
