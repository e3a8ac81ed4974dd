using System.Text.Json;
using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Persistence;
using Justice.EndToEnd.Tests.Identity;
using Justice.GraphQL.Conferences;
using Justice.Portal.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Justice.EndToEnd.Tests.Conferences.ConferenceApi;

namespace Justice.EndToEnd.Tests.Conferences;

/// <summary>
/// Two instances of the host on their own Kestrel ports, one PostgreSQL database and the Redis backplane
/// (<c>JUSTICE_TEST_REDIS</c>, started by test.sh): what a deployment on several nodes looks like.
/// </summary>
public sealed class TwoNodeFixture : IAsyncLifetime
{
    public const string RedisVariable = "JUSTICE_TEST_REDIS";
    public TestDatabase Database { get; private set; } = null!;
    public PortalHost NodeA { get; private set; } = null!;
    public PortalHost NodeB { get; private set; } = null!;
    public Uri AddressA { get; private set; } = null!;
    public Uri AddressB { get; private set; } = null!;
    public string Token { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var redis = Environment.GetEnvironmentVariable(RedisVariable)
            ?? throw new InvalidOperationException($"{RedisVariable} is not set: run the tests with ./test.sh, which starts Redis.");
        Database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        Dictionary<string, string> Settings(bool seed) => new(IdentityHostFixture.Settings)
        {
            ["Justice:Database:Provider"] = "PostgreSql",
            ["Justice:Database:ConnectionString"] = Database.ConnectionString,
            ["Justice:SeedDemoDataWhenEmpty"] = seed ? "true" : "false",
            ["Justice:Redis:ConnectionString"] = redis,
            // Behind one public address the nodes are one issuer: a token from either is valid on both.
            ["Justice:Identity:Issuer"] = "http://justice.test/",
        };
        NodeA = new PortalHost(Settings(seed: true));
        AddressA = Start(NodeA);
        NodeB = new PortalHost(Settings(seed: false));
        // The nodes share their keys (as they would share a folder or a certificate), so each accepts the other's tokens.
        CopyDirectory(Path.Combine(NodeA.DataPath, "keys"), Path.Combine(NodeB.DataPath, "keys"));
        AddressB = Start(NodeB);

        // The code flow helper drives any host through the client given to it; its own host is never started.
        var identity = new IdentityHostFixture();
        try
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = AddressA };
            var tokens = await identity.SignInWithCodeFlowAsync(client, DemoIdentities.ConferenceOperatorEmail, Scopes);
            Token = tokens.GetProperty("access_token").GetString()!;
        }
        finally
        {
            await identity.DisposeAsync();
        }
    }

    private static Uri Start(PortalHost host)
    {
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1") + "/");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    public HttpClient Client(Uri address) => new() { BaseAddress = address };

    public async Task DisposeAsync()
    {
        await NodeB.DisposeAsync();
        await NodeA.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public sealed class TwoNodeTests(TwoNodeFixture nodes) : IClassFixture<TwoNodeFixture>
{
    [Fact]
    public async Task A_meeting_scheduled_through_node_A_reaches_a_client_connected_to_node_B()
    {
        using var http = nodes.Client(nodes.AddressA);
        var endpoints = await EndpointsAsync(http, nodes.Token);
        var start = FreeSlot(170, 10);
        await using var onB = Hub(nodes.AddressB, nodes.Token);
        var changes = Changes(onB);
        await onB.StartAsync();
        await onB.InvokeAsync<JsonElement>("JoinDay", LocalDay(start), -1L);

        var title = $"Họp qua hai máy chủ {Guid.NewGuid():N}";
        var booked = await GraphQLAsync(http, nodes.Token, Schedule, ScheduleInput(title, endpoints[2].Id, [endpoints[50].Id], start));
        Assert.Empty(booked.GetProperty("scheduleMeeting").GetProperty("errors").EnumerateArray());

        var change = await WaitForAsync(changes, c => MeetingTitle(c) == title);
        Assert.Equal("MEETING_SCHEDULED", change.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Two_staff_booking_the_same_endpoint_at_the_same_moment_on_two_nodes_have_exactly_one_winner_each_time()
    {
        using var onA = nodes.Client(nodes.AddressA);
        using var onB = nodes.Client(nodes.AddressB);
        var endpoints = await EndpointsAsync(onA, nodes.Token);
        const int Trials = 30;
        for (var trial = 0; trial < Trials; trial++)
        {
            var start = FreeSlot(200 + trial / 8, 8 + trial % 8);
            var shared = endpoints[10 + trial % 50].Id;
            var a = GraphQLAsync(onA, nodes.Token, Schedule, ScheduleInput($"Đặt trước A {trial}", endpoints[3].Id, [shared], start));
            var b = GraphQLAsync(onB, nodes.Token, Schedule, ScheduleInput($"Đặt trước B {trial}", endpoints[4].Id, [shared], start.AddMinutes(30)));
            var results = (await Task.WhenAll(a, b)).Select(r => r.GetProperty("scheduleMeeting")).ToList();

            var winners = results.Count(r => r.GetProperty("meeting").ValueKind == JsonValueKind.Object);
            Assert.True(winners == 1, $"Trial {trial}: {winners} winners");
            var loser = results.Single(r => r.GetProperty("meeting").ValueKind == JsonValueKind.Null);
            Assert.Equal("ENDPOINT_DOUBLE_BOOKED", loser.GetProperty("errors")[0].GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.Object, loser.GetProperty("alternatives").ValueKind);
        }
    }

    [Fact]
    public async Task The_database_refuses_the_second_of_two_bookings_that_both_passed_the_check()
    {
        for (var trial = 0; trial < 30; trial++)
        {
            await using var first = nodes.Database.NewContext();
            await using var second = nodes.Database.NewContext();
            var endpoints = await first.Set<ConferenceEndpoint>().AsNoTracking().OrderBy(e => e.Code).Take(3).ToListAsync();
            var start = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(400 + trial), DateTimeKind.Utc).AddHours(2);
            var scheduler = new MeetingScheduler(ConferenceBridgeOptions.Default);
            // Both checked against what they saw before either wrote: nothing. Only the database can tell.
            first.Add(scheduler.Schedule("Đặt song song 1", endpoints[0], [endpoints[2]], start, start.AddHours(1), "Chủ trì", null, []));
            second.Add(scheduler.Schedule("Đặt song song 2", endpoints[1], [endpoints[2]], start.AddMinutes(30), start.AddHours(2), "Chủ trì", null, []));

            var outcomes = await Task.WhenAll(SaveAsync(first), SaveAsync(second));

            Assert.Equal(1, outcomes.Count(o => o is null));
            Assert.True(ConferenceBooking.IsDoubleBooking(outcomes.Single(o => o is not null)!), outcomes.Single(o => o is not null)!.ToString());
        }
    }

    [Fact]
    public async Task Board_changes_become_visible_in_the_order_of_their_sequence_numbers()
    {
        // A reconnecting client asks for the changes after the last sequence it saw: a lower number that became
        // visible after a higher one would be missed for ever. So every snapshot of the log must be a prefix.
        using var onA = nodes.Client(nodes.AddressA);
        using var onB = nodes.Client(nodes.AddressB);
        var endpoints = await EndpointsAsync(onA, nodes.Token);
        long floor;
        await using (var db = nodes.Database.NewContext())
            floor = await db.Set<ConferenceChange>().MaxAsync(c => (long?)c.Sequence) ?? 0;

        var snapshots = new List<HashSet<long>>();
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var db = nodes.Database.NewContext();
                snapshots.Add((await db.Set<ConferenceChange>().Where(c => c.Sequence > floor).Select(c => c.Sequence).ToListAsync()).ToHashSet());
            }
        });
        var bookings = Enumerable.Range(0, 24).Select(i => GraphQLAsync(i % 2 == 0 ? onA : onB, nodes.Token, Schedule,
            ScheduleInput($"Thứ tự {i}", endpoints[i].Id, [], FreeSlot(260 + i / 8, 8 + i % 8))));
        var results = await Task.WhenAll(bookings);
        await stop.CancelAsync();
        await watcher;

        Assert.All(results, r => Assert.Empty(r.GetProperty("scheduleMeeting").GetProperty("errors").EnumerateArray()));
        await using var reader = nodes.Database.NewContext();
        var final = await reader.Set<ConferenceChange>().Where(c => c.Sequence > floor).Select(c => c.Sequence).ToListAsync();
        Assert.Equal(24, final.Count);
        Assert.True(snapshots.Count > 1);
        foreach (var snapshot in snapshots.Where(s => s.Count > 0))
        {
            var missing = final.Where(s => s < snapshot.Max() && !snapshot.Contains(s)).ToList();
            Assert.True(missing.Count == 0, $"Visible up to {snapshot.Max()} but not yet {string.Join(", ", missing)}");
        }
    }

    private static async Task<Exception?> SaveAsync(JusticeDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            return e;
        }
    }
}
