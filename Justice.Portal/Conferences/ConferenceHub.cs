using Justice.Domain.Persistence;
using Justice.GraphQL.Common;
using Justice.GraphQL.Conferences;
using Justice.Portal.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Justice.Portal.Conferences;

/// <summary>
/// Live conference board, <c>/hubs/conferences</c>, for staff with <c>conferences.read</c> (sign-in cookie or bearer
/// token). A client joins a day (<c>yyyy-MM-dd</c>, Vietnam time) and/or endpoints (global ids), passing the last
/// change sequence it saw (0 the first time): the call returns what it missed, then <c>change</c> messages follow.
/// </summary>
[Authorize(AuthenticationSchemes = JusticeAuthenticationSchemes.Caller, Policy = ConferenceHub.ReadPolicy)]
public sealed class ConferenceHub(JusticeDbContext db) : Hub
{
    public const string Path = "/hubs/conferences";
    public const string ReadPolicy = "conferences.read";
    /// <summary>The client method every change is sent to, with a <see cref="ConferenceChangeMessage"/>.</summary>
    public const string ChangeMethod = "change";
    /// <summary>Everyone who joined a day also follows every endpoint's status.</summary>
    public const string StatusGroup = "status";

    public static string DayGroup(DateOnly day) => "day:" + ScalarFormats.Iso(day);
    public static string EndpointGroup(Guid endpointId) => "endpoint:" + endpointId.ToString("N");

    public async Task<IReadOnlyList<ConferenceChangeMessage>> JoinDay(string day, long afterSequence = 0)
    {
        var date = ParseDay(day);
        await Groups.AddToGroupAsync(Context.ConnectionId, DayGroup(date), Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, StatusGroup, Context.ConnectionAborted);
        return afterSequence < 0 ? [] : await ConferenceChanges.ForDayAsync(db, date, afterSequence, Context.ConnectionAborted);
    }

    public Task LeaveDay(string day) => Groups.RemoveFromGroupAsync(Context.ConnectionId, DayGroup(ParseDay(day)));

    public async Task<IReadOnlyList<ConferenceChangeMessage>> JoinEndpoint(string endpointId, long afterSequence = 0)
    {
        var id = ParseEndpoint(endpointId);
        await Groups.AddToGroupAsync(Context.ConnectionId, EndpointGroup(id), Context.ConnectionAborted);
        return afterSequence < 0 ? [] : await ConferenceChanges.ForEndpointAsync(db, id, afterSequence, Context.ConnectionAborted);
    }

    public Task LeaveEndpoint(string endpointId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, EndpointGroup(ParseEndpoint(endpointId)));

    /// <summary>The latest sequence: a client that loaded the board by HTTP starts following from here.</summary>
    public async Task<long> LatestSequence() =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(
            db.Set<Justice.Domain.Conferences.ConferenceChange>().Select(c => (long?)c.Sequence), Context.ConnectionAborted) ?? 0;

    private static DateOnly ParseDay(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", out var date) ? date : throw new HubException("Ngày không hợp lệ (yyyy-MM-dd).");

    private static Guid ParseEndpoint(string endpointId) =>
        GlobalId.TryDecode(endpointId, out var type, out var id) && type == "ConferenceEndpoint" ? id
        : Guid.TryParse(endpointId, out var raw) ? raw
        : throw new HubException("Mã điểm cầu không hợp lệ.");
}
