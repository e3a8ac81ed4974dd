using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.Conferences;
using Justice.Domain.Identity;
using Justice.Domain.Mail;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.Conferences;

/// <summary>
/// The conference board over GraphQL: only Ministry staff with the conference scopes read and book; a double
/// booking and an overfull bridge are refused with stable codes (and alternatives); invitations are queued with
/// the change; the board's change log gets a row per change.
/// </summary>
public sealed class ConferenceTests(ConferenceTests.Host host) : IClassFixture<ConferenceTests.Host>
{
    /// <summary>A bridge of 40 endpoints, so that a national meeting (72) is over capacity.</summary>
    public sealed class Host() : GraphQLHost(new Dictionary<string, string> { ["Justice:Conferences:BridgeMaxEndpoints"] = "40" });

    private static Claim[] Operator() => TestCallers.Staff("hoinghi@demo.gov.vn", [StaffRoles.ConferenceOperator], null, null);
    private static Claim[] CommuneOfficer() => TestCallers.Staff("hotich@demo.gov.vn", [StaffRoles.CivilRegistryOfficer], null, Guid.NewGuid());

    public static TheoryData<string, string?> Readers => new()
    {
        { "anonymous", "UNAUTHENTICATED" },
        { "citizen", "FORBIDDEN" },
        { "commune officer", "FORBIDDEN" },
        { "ministry client with the scope", "FORBIDDEN" },
        { "client without the scope", "FORBIDDEN" },
        { "conference operator", null },
        { "administrator", null },
    };

    private static Claim[] CallerFor(string name) => name switch
    {
        "anonymous" => TestCallers.Anonymous,
        "citizen" => TestCallers.Citizen("001090012345"),
        "commune officer" => CommuneOfficer(),
        "ministry client with the scope" => TestCallers.Client("demo-ministry", null, JusticeScopes.ConferencesRead, JusticeScopes.ConferencesWrite),
        "client without the scope" => TestCallers.Client("demo-no-scopes", null),
        "conference operator" => Operator(),
        _ => TestCallers.Administrator(),
    };

    private const string ReadAll = """
        query($day: Date!, $ids: [ID!]!) {
          conferenceEndpoints { id code status contactName contactPhone contactEmail province { name } }
          meetings(day: $day, span: WEEK) { id title status start end hostEndpoint { code } endpoints { code } }
          conferenceFreeSlots(endpointIds: $ids, day: $day, durationMinutes: 60) { start end }
        }
        """;

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Only_staff_with_the_conference_scopes_read_the_board(string caller, string? expectedError)
    {
        var ids = await EndpointIdsAsync(2);
        var response = await host.PostAsync(ReadAll, new { day = Today(), ids }, CallerFor(caller));

        if (expectedError is null)
        {
            response.AssertNoErrors();
            Assert.Equal(72, response.Data.GetProperty("conferenceEndpoints").GetArrayLength());
            Assert.True(response.Data.GetProperty("meetings").GetArrayLength() > 0);
        }
        else
        {
            Assert.Equal(expectedError, response.ErrorCodes.Distinct().Single());
        }
    }

    public static TheoryData<string, string?> Writers => new()
    {
        { "anonymous", "UNAUTHENTICATED" },
        { "citizen", "FORBIDDEN" },
        { "commune officer", "FORBIDDEN" },
        { "ministry client with the scope", "FORBIDDEN" },
        { "conference operator", null },
        { "administrator", null },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Only_staff_with_conferences_write_book_meetings(string caller, string? expectedError)
    {
        var ids = await EndpointIdsAsync(72);
        var start = Slot(40 + Writers.Count(), 8 + Array.IndexOf(["anonymous", "citizen", "commune officer", "ministry client with the scope", "conference operator", "administrator"], caller));
        var response = await host.PostAsync(Schedule, Input($"Họp phân quyền {caller}", ids[0], [ids[1]], start), CallerFor(caller));

        if (expectedError is null)
        {
            response.AssertNoErrors();
            Assert.Empty(response.Data.GetProperty("scheduleMeeting").GetProperty("errors").EnumerateArray());
        }
        else Assert.Equal(expectedError, response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_double_booking_is_refused_with_alternatives_and_the_booking_queues_invitations()
    {
        var ids = await EndpointIdsAsync(72);
        var start = Slot(60, 9);
        var first = await host.PostAsync(Schedule, Input("Giao ban trực tuyến thử nghiệm", ids[0], [ids[10], ids[11]], start), Operator());
        first.AssertNoErrors();
        var meeting = first.Data.GetProperty("scheduleMeeting").GetProperty("meeting");
        var meetingId = GlobalId.Decode(meeting.GetProperty("id").GetString(), "Meeting");

        var clash = await host.PostAsync(Schedule, Input("Họp trùng giờ", ids[5], [ids[11]], start.AddMinutes(30)), Operator());
        clash.AssertNoErrors();
        var refused = clash.Data.GetProperty("scheduleMeeting");
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("meeting").ValueKind);
        Assert.Equal("ENDPOINT_DOUBLE_BOOKED", refused.GetProperty("errors")[0].GetProperty("code").GetString());
        var slots = refused.GetProperty("alternatives").GetProperty("freeSlots");
        Assert.True(slots.GetArrayLength() > 0);
        Assert.All(slots.EnumerateArray(), s => Assert.True(s.GetProperty("start").GetDateTime().ToUniversalTime() >= start.AddMinutes(60)
            || s.GetProperty("end").GetDateTime().ToUniversalTime() <= start));

        var check = await host.PostAsync("""
            query($host: ID!, $ids: [ID!]!, $start: DateTime!, $end: DateTime!) {
              meetingBookingCheck(hostEndpointId: $host, endpointIds: $ids, start: $start, end: $end) { bookable conflicts { endpoint { id } meeting { title } } }
            }
            """, new { host = ids[5], ids = new[] { ids[11] }, start = start.ToString("O"), end = start.AddMinutes(90).ToString("O") }, Operator());
        check.AssertNoErrors();
        Assert.False(check.Data.GetProperty("meetingBookingCheck").GetProperty("bookable").GetBoolean());
        Assert.Equal(ids[11], check.Data.GetProperty("meetingBookingCheck").GetProperty("conflicts")[0].GetProperty("endpoint").GetProperty("id").GetString());

        var (mails, changes) = await host.WithDbAsync(async db => (
            await db.Set<OutgoingEmail>().AsNoTracking().Where(m => m.TemplateKey == "conference.invitation").ToListAsync(),
            await db.Set<ConferenceChange>().AsNoTracking().Where(c => c.EntityId == meetingId).ToListAsync()));
        Assert.Contains(mails, m => m.Subject.Contains("Giao ban trực tuyến thử nghiệm", StringComparison.Ordinal));
        Assert.Equal(ConferenceChangeKind.MeetingScheduled, Assert.Single(changes).Kind);
    }

    [Fact]
    public async Task A_bridge_over_capacity_is_refused_and_a_stale_change_is_refused()
    {
        var ids = await EndpointIdsAsync(72);
        var start = Slot(61, 14);
        var tooBig = await host.PostAsync(Schedule, Input("Họp quá sức chứa", ids[0], ids, start), Operator());
        Assert.Equal("BRIDGE_CAPACITY_EXCEEDED", tooBig.Data.GetProperty("scheduleMeeting").GetProperty("errors")[0].GetProperty("code").GetString());

        var fits = await host.PostAsync(Schedule, Input("Họp vừa sức chứa", ids[0], ids.Take(40), start), Operator());
        fits.AssertNoErrors();
        var meeting = fits.Data.GetProperty("scheduleMeeting").GetProperty("meeting");
        Assert.Equal(JsonValueKind.Object, meeting.ValueKind);

        var id = meeting.GetProperty("id").GetString();
        var moved = await host.PostAsync(Change, new { input = new { meetingId = id, start = start.AddHours(1).ToString("O"), end = start.AddHours(2).ToString("O"), expectedVersion = 0 } }, Operator());
        moved.AssertNoErrors();
        Assert.Equal(1, moved.Data.GetProperty("changeMeeting").GetProperty("meeting").GetProperty("version").GetInt32());
        var stale = await host.PostAsync(Change, new { input = new { meetingId = id, title = "Sửa trên bản cũ", expectedVersion = 0 } }, Operator());
        Assert.Equal("CONCURRENT_CHANGE", stale.Data.GetProperty("changeMeeting").GetProperty("errors")[0].GetProperty("code").GetString());

        var cancelled = await host.PostAsync("""
            mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { meeting { status } errors { code } } }
            """, new { input = new { meetingId = id, reason = "Thay đổi kế hoạch." } }, Operator());
        Assert.Equal("CANCELLED", cancelled.Data.GetProperty("cancelMeeting").GetProperty("meeting").GetProperty("status").GetString());
        var node = await host.PostAsync("query($id: ID!) { node(id: $id) { ... on Meeting { status } } }", new { id }, Operator());
        Assert.Equal("CANCELLED", node.Data.GetProperty("node").GetProperty("status").GetString());
        var nodeAnonymous = await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal("UNAUTHENTICATED", nodeAnonymous.ErrorCodes.Single());
    }

    private const string Schedule = """
        mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) {
          meeting { id title version status } errors { code message } alternatives { freeSlots { start end } freeEndpoints { code } } } }
        """;

    private const string Change = """
        mutation($input: ChangeMeetingInput!) { changeMeeting(input: $input) { meeting { id version } errors { code message } } }
        """;

    private static object Input(string title, string host, IEnumerable<string> endpoints, DateTime start) => new
    {
        input = new
        {
            title, hostEndpointId = host, endpointIds = endpoints.ToArray(), start = start.ToString("O"), end = start.AddHours(1).ToString("O"),
            chair = "Chánh Văn phòng Bộ",
        },
    };

    private static string Today() => DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd");

    private static DateTime Slot(int daysAhead, int hour)
    {
        var day = DateTime.UtcNow.Date.AddDays(daysAhead);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return DateTime.SpecifyKind(day.AddHours(hour - 7), DateTimeKind.Utc);
    }

    private Task<List<string>> EndpointIdsAsync(int count) => host.WithDbAsync(async db =>
        (await db.Set<ConferenceEndpoint>().AsNoTracking().OrderBy(e => e.Code).Select(e => e.Id).Take(count).ToListAsync())
        .Select(id => GlobalId.Encode("ConferenceEndpoint", id)).ToList());
}
