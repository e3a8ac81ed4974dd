using System.Net;
using System.Text.Json;
using Justice.EndToEnd.Tests.Identity;
using Justice.Portal.Identity;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using static Justice.EndToEnd.Tests.Conferences.ConferenceApi;

namespace Justice.EndToEnd.Tests.Conferences;

/// <summary>
/// The live board as its clients see it, over Kestrel and the .NET SignalR client: changes made by another user
/// through /graphql arrive in the day and endpoint groups with the change itself; strangers are refused; a client
/// that was away catches up from the sequence it last saw.
/// </summary>
[Collection(IdentityHostCollection.Name)]
public sealed class ConferenceHubTests(IdentityHostFixture fixture)
{
    private async Task<string> TokenAsync(string email)
    {
        using var client = fixture.NewClient();
        var tokens = await fixture.SignInWithCodeFlowAsync(client, email, Scopes);
        return tokens.GetProperty("access_token").GetString()!;
    }

    [Fact]
    public async Task A_client_in_a_day_group_receives_a_meeting_scheduled_by_another_user()
    {
        var watcher = await TokenAsync(DemoIdentities.ConferenceOperatorEmail);
        var booker = await TokenAsync(DemoIdentities.AdministratorEmail);
        using var http = fixture.NewClient();
        var endpoints = await EndpointsAsync(http, booker);
        var start = FreeSlot(150, 9);
        await using var connection = Hub(fixture.BaseAddress, watcher);
        var changes = Changes(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("JoinDay", LocalDay(start), -1L);

        var title = $"Họp thử nhóm ngày {Guid.NewGuid():N}";
        var result = await GraphQLAsync(http, booker, Schedule, ScheduleInput(title, endpoints[0].Id, [endpoints[20].Id, endpoints[30].Id], start));
        Assert.Empty(result.GetProperty("scheduleMeeting").GetProperty("errors").EnumerateArray());

        var change = await WaitForAsync(changes, c => MeetingTitle(c) == title);
        Assert.Equal("MEETING_SCHEDULED", change.GetProperty("kind").GetString());
        Assert.Equal(LocalDay(start), change.GetProperty("day").GetString());
        Assert.True(change.GetProperty("sequence").GetInt64() > 0);
        var meeting = change.GetProperty("meeting");
        Assert.Equal("SCHEDULED", meeting.GetProperty("status").GetString());
        Assert.Equal(3, meeting.GetProperty("endpointIds").GetArrayLength());
        Assert.Equal(start, meeting.GetProperty("start").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task A_client_following_an_endpoint_receives_its_status_changes()
    {
        var token = await TokenAsync(DemoIdentities.ConferenceOperatorEmail);
        using var http = fixture.NewClient();
        var endpoint = (await EndpointsAsync(http, token)).Last(e => e.Status == "READY");
        await using var connection = Hub(fixture.BaseAddress, token);
        var changes = Changes(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("JoinEndpoint", endpoint.Id, -1L);

        const string SetStatus = """
            mutation($input: SetConferenceEndpointStatusInput!) { setConferenceEndpointStatus(input: $input) { endpoint { status } errors { code } } }
            """;
        await GraphQLAsync(http, token, SetStatus, new { input = new { endpointId = endpoint.Id, status = "MAINTENANCE" } });
        var toMaintenance = await WaitForAsync(changes, c => c.GetProperty("kind").GetString() == "ENDPOINT_STATUS_CHANGED");
        await GraphQLAsync(http, token, SetStatus, new { input = new { endpointId = endpoint.Id, status = "READY" } });
        var backToReady = await WaitForAsync(changes, c => c.GetProperty("kind").GetString() == "ENDPOINT_STATUS_CHANGED");

        Assert.Equal(endpoint.Id, toMaintenance.GetProperty("endpoint").GetProperty("id").GetString());
        Assert.Equal("MAINTENANCE", toMaintenance.GetProperty("endpoint").GetProperty("status").GetString());
        Assert.Equal("READY", backToReady.GetProperty("endpoint").GetProperty("status").GetString());
        Assert.True(backToReady.GetProperty("sequence").GetInt64() > toMaintenance.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task A_connection_without_credentials_or_without_the_scope_is_refused()
    {
        await using var anonymous = Hub(fixture.BaseAddress, null);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Contains(refused.StatusCode, new HttpStatusCode?[] { HttpStatusCode.Unauthorized, HttpStatusCode.Found });
        Assert.Equal(HubConnectionState.Disconnected, anonymous.State);

        using var client = fixture.NewClient();
        var (_, systemToken) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.MinistryClientId, DemoIdentities.MinistryClientSecret);
        await using var system = Hub(fixture.BaseAddress, systemToken.GetProperty("access_token").GetString());
        var forbidden = await Assert.ThrowsAsync<HttpRequestException>(() => system.StartAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_client_that_reconnects_catches_up_on_the_changes_it_missed()
    {
        var token = await TokenAsync(DemoIdentities.ConferenceOperatorEmail);
        using var http = fixture.NewClient();
        var endpoints = await EndpointsAsync(http, token);
        var start = FreeSlot(160, 14);
        var day = LocalDay(start);
        long lastSeen;
        await using (var first = Hub(fixture.BaseAddress, token))
        {
            await first.StartAsync();
            await first.InvokeAsync<JsonElement>("JoinDay", day, -1L);
            lastSeen = await first.InvokeAsync<long>("LatestSequence");
        }

        var missed = $"Họp trong lúc mất kết nối {Guid.NewGuid():N}";
        var booked = await GraphQLAsync(http, token, Schedule, ScheduleInput(missed, endpoints[1].Id, [endpoints[40].Id], start));
        var meetingId = booked.GetProperty("scheduleMeeting").GetProperty("meeting").GetProperty("id").GetString();
        await GraphQLAsync(http, token, """
            mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { errors { code } } }
            """, new { input = new { meetingId, reason = "Đổi lịch công tác." } });

        await using var second = Hub(fixture.BaseAddress, token);
        await second.StartAsync();
        var caughtUp = await second.InvokeAsync<List<JsonElement>>("JoinDay", day, lastSeen);

        var mine = caughtUp.Where(c => MeetingTitle(c) == missed).ToList();
        Assert.Equal(["MEETING_SCHEDULED", "MEETING_CANCELLED"], mine.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(mine, c => Assert.Equal("CANCELLED", c.GetProperty("meeting").GetProperty("status").GetString()));
        Assert.All(caughtUp, c => Assert.True(c.GetProperty("sequence").GetInt64() > lastSeen));
    }

    [Fact]
    public async Task The_live_board_page_shows_the_day_to_staff_and_sends_strangers_to_sign_in()
    {
        using var anonymous = fixture.NewClient();
        using var refused = await anonymous.GetAsync("admin/hoi-nghi");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/dang-nhap", refused.Headers.Location!.AbsolutePath);

        using var staff = fixture.NewClient();
        await fixture.SignInWithCodeFlowAsync(staff, DemoIdentities.ConferenceOperatorEmail, Scopes);
        var html = await staff.GetStringAsync("admin/hoi-nghi");

        Assert.Contains("Lịch hội nghị trực tuyến ngày", html);
        Assert.Contains("BTP-01", html);
        Assert.Contains("/lib/signalr/signalr.min.js", html);
        Assert.Contains("data-sequence=", html);
    }
}
