using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Justice.Mail.Tests;

/// <summary>
/// A bare SMTP relay on 127.0.0.1 whose answer to the end of each DATA is scripted, including what a real server
/// library will not do on demand: answer and then cut the connection at once. Everything else is accepted.
/// </summary>
public sealed class ScriptedSmtpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _offers;

    /// <param name="answer">For the n-th message offered (from 0): the reply line, and whether to close the connection right after it.</param>
    public ScriptedSmtpRelay(Func<int, (string Reply, bool Close)> answer)
    {
        Answer = answer;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Func<int, (string Reply, bool Close)> Answer { get; }
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    /// <summary>Messages offered (DATA completed), whatever the answer.</summary>
    public int Offers => Volatile.Read(ref _offers);
    /// <summary>Messages answered with 250.</summary>
    public List<string> Accepted { get; } = [];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 relay.test ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 relay.test");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var message = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".") message.AppendLine(data);
                        var (reply, close) = Answer(Interlocked.Increment(ref _offers) - 1);
                        if (reply.StartsWith("250", StringComparison.Ordinal)) lock (Accepted) Accepted.Add(message.ToString());
                        await writer.WriteLineAsync(reply);
                        if (close) return;
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away, or the relay is being disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
