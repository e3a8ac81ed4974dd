using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Storage;
using Justice.Testing.Smtp;
// MailKit defines an SmtpResponse too.
using ServerResponse = SmtpServer.Protocol.SmtpResponse;
using ServerReplyCode = SmtpServer.Protocol.SmtpReplyCode;

namespace Justice.Mail.Tests;

/// <summary>A delivered message as the server saw it: envelope recipients and the parsed MIME message.</summary>
public sealed record ReceivedMessage(IReadOnlyList<string> EnvelopeTo, MimeMessage Message);

/// <summary>
/// A real SMTP server in-process on 127.0.0.1 (a free port). <see cref="Respond"/> decides, per incoming message and
/// the number of times its Message-ID was offered before, whether to accept it or answer with an error reply.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _offers = new();
    private CancellationTokenSource _stop = new();
    private SmtpServer.SmtpServer _server;
    private Task _running;
    private int _sessions;

    private TestSmtpServer(int port)
    {
        Port = port;
        (_server, _running) = Listen();
    }

    private (SmtpServer.SmtpServer, Task) Listen()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new NoDelayEndpointListenerFactory());
        var server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, e) =>
        {
            Interlocked.Increment(ref _sessions);
            e.Context.CommandExecuting += (_, c) => OnCommand?.Invoke(c.Command.Name);
        };
        return (server, server.StartAsync(_stop.Token));
    }

    public int Port { get; }
    /// <summary>Connections accepted so far (the start-up probe included).</summary>
    public int Sessions => Volatile.Read(ref _sessions);
    public ConcurrentQueue<ReceivedMessage> Received { get; } = new();

    /// <summary>Called with each command's name (<c>MAIL</c>, <c>RCPT</c>, <c>DATA</c>…) before the server runs it.</summary>
    public Action<string>? OnCommand { get; set; }

    /// <summary>Cancelled when <see cref="StopAsync"/> begins: a hook can hold a session until the server is going down.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>(message, earlier offers of its Message-ID) → null to accept, or (code, text) to refuse.</summary>
    public Func<MimeMessage, int, (int Code, string Text)?> Respond { get; set; } = (_, _) => null;

    public static async Task<TestSmtpServer> StartAsync()
    {
        var server = new TestSmtpServer(FreePort());
        await server.WaitUntilListeningAsync();
        return server;
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(10);
            }
        }
        throw new InvalidOperationException("The test SMTP server did not start.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// Stops the server as a crash or a restart of the relay would: it stops listening and cuts the open sessions,
    /// whatever they are doing. <see cref="Received"/> keeps what was accepted before.
    /// </summary>
    public async Task StopAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    /// <summary>Listens again on the same port after <see cref="StopAsync"/>.</summary>
    public async Task RestartAsync()
    {
        _stop = new CancellationTokenSource();
        (_server, _running) = Listen();
        await WaitUntilListeningAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
    }

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<ServerResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var earlier = owner._offers.AddOrUpdate(message.MessageId ?? "", 1, (_, n) => n + 1) - 1;
            if (owner.Respond(message, earlier) is { } refusal)
                return new ServerResponse((ServerReplyCode)refusal.Code, refusal.Text);
            owner.Received.Enqueue(new ReceivedMessage(
                transaction.To.Select(m => $"{m.User}@{m.Host}").ToList(), message));
            return ServerResponse.Ok;
        }
    }
}
