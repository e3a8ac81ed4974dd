using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR.Client;

namespace Justice.Bench.Scenarios;

/// <summary>
/// Live board fan-out: the host (<see cref="HostProcess"/>: its own process, PostgreSQL, demo data) with N SignalR clients in one day group;
/// M meetings scheduled through /graphql; the latency from sending the mutation to each client receiving the change
/// (so it includes the mutation and its commit), and the host's memory per connection. Baseline, same run: the same
/// fan-out of a message of the same size over raw WebSockets from a bare Kestrel echo server (latency from the send).
/// </summary>
public sealed partial class ConferencesScenario(BenchSettings settings)
{
    private const string Name = "conferences";
    private const int Clients = 1000;
    private const int Changes = 100;
    /// <summary>
    /// Changes made and not measured first, on both sides, so that the measured ones run warm code as a host up for
    /// days does: cold, the first twenty changes took up to twice as long to reach the last client.
    /// </summary>
    private const int WarmUpChanges = 20;
    /// <summary>Between two changes: shorter than one fan-out, so deliveries of successive changes overlap.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    public async Task RunAsync()
    {
        var database = await BenchHost.FreshDatabaseAsync(settings.PostgresConnection, "justice_bench_conferences");
        await using var host = await HostProcess.StartAsync(database);
        await RunSignalRAsync(host, host.Address);
    }

    private static async Task RunSignalRAsync(HostProcess host, Uri baseAddress)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        await SignInAsync(http);
        var endpoints = await EndpointIdsAsync(http);
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(300));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);

        // The mutation alone, before any client listens: what a change costs without the fan-out running beside it.
        var alone = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var start = DateTime.SpecifyKind(day.AddDays(7).ToDateTime(new TimeOnly(1, 0)).AddMinutes(5 * i), DateTimeKind.Utc);
            var began = Stopwatch.GetTimestamp();
            await ScheduleAsync(http, $"Warm {i}", endpoints[i % endpoints.Count], start);
            if (i >= 10) alone.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        var before = host.ResidentMiB();
        var received = new ConcurrentDictionary<int, ConcurrentBag<long>>();
        var connections = new List<HubConnection>();
        for (var i = 0; i < Clients; i += 50)
        {
            var batch = Enumerable.Range(0, 50).Select(async _ =>
            {
                var connection = new HubConnectionBuilder()
                    .WithUrl(new Uri(baseAddress, "hubs/conferences"), o =>
                    {
                        o.Cookies = cookies;
                        o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                        o.SkipNegotiation = true;
                    })
                    .Build();
                // Only the title is read: the client's own work stays small beside the host's on the shared cores.
                connection.On<BoardChange>("change", change =>
                {
                    var now = Stopwatch.GetTimestamp();
                    if (change.Meeting?.Title is { } title && title.StartsWith(BenchTitlePrefix, StringComparison.Ordinal))
                        received.GetOrAdd(int.Parse(title.AsSpan(BenchTitlePrefix.Length)), _ => []).Add(now);
                });
                await connection.StartAsync();
                await connection.InvokeAsync<JsonElement>("JoinDay", day.ToString("yyyy-MM-dd"), -1L);
                return connection;
            });
            connections.AddRange(await Task.WhenAll(batch));
        }
        await Task.Delay(1000);
        var after = host.ResidentMiB();

        var sent = new long[WarmUpChanges + Changes];
        var hostCpuBefore = host.CpuSeconds();
        var mutation = new List<double>();
        for (var i = 0; i < WarmUpChanges + Changes; i++)
        {
            // Distinct endpoints and times, so every change is accepted.
            var start = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(1, 0)).AddMinutes(5 * i), DateTimeKind.Utc);
            sent[i] = Stopwatch.GetTimestamp();
            await ScheduleAsync(http, $"{BenchTitlePrefix}{i}", endpoints[i % endpoints.Count], start);
            if (i >= WarmUpChanges) mutation.Add(Stopwatch.GetElapsedTime(sent[i]).TotalMilliseconds);
            await Task.Delay(Pause);
        }
        await WaitAllAsync(() => received.Values.Sum(b => b.Count), (WarmUpChanges + Changes) * Clients);
        foreach (var warmUp in Enumerable.Range(0, WarmUpChanges)) received.TryRemove(warmUp, out _);
        var hostCpuPerChange = (host.CpuSeconds() - hostCpuBefore) * 1000 / (WarmUpChanges + Changes);
        var latencies = received.SelectMany(kv => kv.Value.Select(t => Stopwatch.GetElapsedTime(sent[kv.Key], t).TotalMilliseconds)).ToList();
        // Fan-out alone: each client's receipt after the first client's receipt of the same change (the publish moment seen from outside).
        var fanOut = received.SelectMany(kv => kv.Value.Select(t => Stopwatch.GetElapsedTime(kv.Value.Min(), t).TotalMilliseconds)).ToList();
        var delivered = latencies.Count;
        foreach (var connection in connections) _ = connection.DisposeAsync();

        var baseline = await RawWebSocketFanOutAsync();

        BenchResult.Compared(Name, "delivery_p50", Percentile(latencies, 0.50), "ms", Percentile(baseline, 0.50)).Print();
        BenchResult.Compared(Name, "delivery_p99", Percentile(latencies, 0.99), "ms", Percentile(baseline, 0.99)).Print();
        BenchResult.Compared(Name, "fanout_p50", Percentile(fanOut, 0.50), "ms", Percentile(baseline, 0.50)).Print();
        BenchResult.Compared(Name, "fanout_p99", Percentile(fanOut, 0.99), "ms", Percentile(baseline, 0.99)).Print();
        new BenchResult(Name, "delivered", delivered, "messages", Changes * Clients).Print();
        new BenchResult(Name, "mutation_p50", Math.Round(Percentile(mutation, 0.50), 1), "ms").Print();
        new BenchResult(Name, "host_cpu_per_change", Math.Round(hostCpuPerChange, 1), "ms").Print();
        new BenchResult(Name, "mutation_without_clients_p50", Math.Round(Percentile(alone, 0.50), 1), "ms").Print();
        new BenchResult(Name, "connections_per_mib", Math.Round(Clients / Math.Max(0.1, after - before), 1), "connections/MiB").Print();
        new BenchResult(Name, "host_memory_for_clients", Math.Round(after - before, 1), "MiB").Print();
    }

    private static async Task ScheduleAsync(HttpClient http, string title, string hostEndpointId, DateTime start)
    {
        var input = new
        {
            title, hostEndpointId, endpointIds = Array.Empty<string>(),
            start = start.ToString("O"), end = start.AddMinutes(5).ToString("O"), chair = "Chủ trì",
        };
        using var response = await http.PostAsJsonAsync("graphql", new { query = "mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { errors { code } } }", variables = new { input } });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        if (!body.Contains("\"errors\":[]", StringComparison.Ordinal)) throw new InvalidOperationException($"The meeting was refused: {body}");
    }

    /// <summary>The same fan-out over bare WebSockets: a Kestrel server sends each message to every socket.</summary>
    private static async Task<List<double>> RawWebSocketFanOutAsync()
    {
        var sockets = new ConcurrentBag<WebSocket>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = HostProcess.FreePort();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.UseWebSockets();
        app.Map("/ws", async (HttpContext context) =>
        {
            var socket = await context.WebSockets.AcceptWebSocketAsync();
            sockets.Add(socket);
            var buffer = new byte[1024];
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        });
        await app.StartAsync();

        var sent = new long[WarmUpChanges + Changes];
        var received = new ConcurrentBag<double>();
        var clients = new List<ClientWebSocket>();
        for (var i = 0; i < Clients; i++)
        {
            var client = new ClientWebSocket();
            await client.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/ws"), CancellationToken.None);
            clients.Add(client);
            _ = Task.Run(async () =>
            {
                var buffer = new byte[4096];
                while (client.State == WebSocketState.Open)
                {
                    WebSocketReceiveResult result;
                    try { result = await client.ReceiveAsync(buffer, CancellationToken.None); } catch { break; }
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    var now = Stopwatch.GetTimestamp();
                    var index = BitConverter.ToInt32(buffer, 0);
                    if (index >= WarmUpChanges) received.Add(Stopwatch.GetElapsedTime(sent[index], now).TotalMilliseconds);
                }
            });
        }
        while (sockets.Count < Clients) await Task.Delay(10);
        var padding = Encoding.UTF8.GetBytes(new string('x', 600));
        for (var i = 0; i < WarmUpChanges + Changes; i++)
        {
            var message = BitConverter.GetBytes(i).Concat(padding).ToArray();
            sent[i] = Stopwatch.GetTimestamp();
            await Task.WhenAll(sockets.Select(s => s.SendAsync(message, WebSocketMessageType.Binary, true, CancellationToken.None)));
            await Task.Delay(Pause);
        }
        await WaitAllAsync(() => received.Count, Changes * Clients);
        foreach (var client in clients) client.Abort();
        await app.StopAsync();
        return [.. received];
    }

    private static async Task SignInAsync(HttpClient http)
    {
        var html = await http.GetStringAsync("dang-nhap");
        var token = Antiforgery().Match(html).Groups[1].Value;
        using var response = await http.PostAsync("dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "hoinghi@demo.gov.vn", ["Password"] = "Demo@12345", ["ReturnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in failed: {response.StatusCode}");
    }

    private static async Task<List<string>> EndpointIdsAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("graphql", new { query = "{ conferenceEndpoints { id } }" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return [.. body.GetProperty("data").GetProperty("conferenceEndpoints").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private static async Task WaitAllAsync(Func<int> count, int expected)
    {
        var started = Stopwatch.GetTimestamp();
        while (count() < expected && Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(30)) await Task.Delay(50);
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        values.Sort();
        return values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
    }

    private const string BenchTitlePrefix = "Bench ";

    /// <summary>The part of a board change the clients read.</summary>
    private sealed record BoardChange(BoardMeeting? Meeting);

    private sealed record BoardMeeting(string Title);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
