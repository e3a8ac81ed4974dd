using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Justice.Portal.Conferences;
using Microsoft.AspNetCore.SignalR.Client;

namespace Justice.EndToEnd.Tests.Conferences;

/// <summary>What the conference tests do over real HTTP: GraphQL calls with a bearer token, and hub connections.</summary>
public static class ConferenceApi
{
    public const string Scopes = "openid conferences.read conferences.write";

    public static async Task<JsonElement> GraphQLAsync(HttpClient client, string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    public static async Task<List<(string Id, string Code, string Status)>> EndpointsAsync(HttpClient client, string token)
    {
        var data = await GraphQLAsync(client, token, "{ conferenceEndpoints { id code status } }");
        return [.. data.GetProperty("conferenceEndpoints").EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("code").GetString()!, e.GetProperty("status").GetString()!))];
    }

    public const string Schedule = """
        mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) {
          meeting { id title version start status }
          errors { code message }
          alternatives { freeSlots { start end } freeEndpoints { id code } } } }
        """;

    public static object ScheduleInput(string title, string host, IEnumerable<string> endpoints, DateTime start, int minutes = 60) => new
    {
        input = new
        {
            title, hostEndpointId = host, endpointIds = endpoints.ToArray(), start = start.ToString("O"),
            end = start.AddMinutes(minutes).ToString("O"), chair = "Thứ trưởng Bộ Tư pháp", agenda = "Khai mạc; thảo luận; kết luận.",
        },
    };

    /// <summary>A weekday far from the demo meetings, at <paramref name="hour"/> Hà Nội time, as UTC.</summary>
    public static DateTime FreeSlot(int daysAhead, int hour)
    {
        var day = DateTime.UtcNow.Date.AddDays(daysAhead);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return DateTime.SpecifyKind(day.AddHours(hour - 7), DateTimeKind.Utc);
    }

    public static string LocalDay(DateTime utc) => utc.AddHours(7).ToString("yyyy-MM-dd");

    public static HubConnection Hub(Uri baseAddress, string? token) => new HubConnectionBuilder()
        .WithUrl(new Uri(baseAddress, ConferenceHub.Path.TrimStart('/')), o =>
        {
            if (token is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(token);
        })
        .Build();

    /// <summary>The changes a connection receives, in order.</summary>
    public static Channel<JsonElement> Changes(HubConnection connection)
    {
        var channel = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>(ConferenceHub.ChangeMethod, m => channel.Writer.TryWrite(m));
        return channel;
    }

    /// <summary>The first change matching <paramref name="match"/> within the timeout.</summary>
    public static async Task<JsonElement> WaitForAsync(Channel<JsonElement> changes, Func<JsonElement, bool> match, int seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var change = await changes.Reader.ReadAsync(timeout.Token);
            if (match(change)) return change;
        }
    }

    public static string? MeetingTitle(JsonElement change) =>
        change.TryGetProperty("meeting", out var m) && m.ValueKind == JsonValueKind.Object ? m.GetProperty("title").GetString() : null;
}
