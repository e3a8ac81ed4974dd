using System.Text.Json.Serialization;
using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Persistence;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Conferences;

/// <summary>
/// Publishes committed changes of the conference board to live clients. The mutations call it after their
/// SaveChanges; the host implements it (SignalR), so this library knows nothing of the transport.
/// </summary>
public interface IConferenceNotifier
{
    Task PublishAsync(IReadOnlyList<ConferenceChangeMessage> changes, CancellationToken cancellationToken);
}

/// <summary>Kinds of invitation mail a meeting change sends to the endpoints' technical contacts.</summary>
public enum MeetingInvitationKind { Invitation, Changed, Cancelled }

/// <summary>
/// Queues the invitation mails (with the iCalendar) into the caller's context, committed by the same SaveChanges
/// as the meeting. Implemented by the host over the mail outbox.
/// </summary>
public interface IMeetingInvitations
{
    /// <summary>The iCalendar SEQUENCE is the meeting's <see cref="Meeting.Revision"/>, raised by each change attendees must see.</summary>
    void Enqueue(JusticeDbContext db, Meeting meeting, IReadOnlyList<ConferenceEndpoint> endpoints, MeetingInvitationKind kind,
        string? note);
}

/// <summary>A meeting as live clients receive it: enough to draw it on the board without asking again.</summary>
public sealed record MeetingSnapshot(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("start")] DateTime Start,
    [property: JsonPropertyName("end")] DateTime End,
    [property: JsonPropertyName("chair")] string Chair,
    [property: JsonPropertyName("hostEndpointId")] string HostEndpointId,
    [property: JsonPropertyName("endpointIds")] IReadOnlyList<string> EndpointIds,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("cancellationReason")] string? CancellationReason)
{
    public static MeetingSnapshot Of(Meeting m) => new(GlobalId.Encode("Meeting", m.Id), m.Title, Screaming(m.Status.ToString()),
        m.Start, m.End, m.Chair, GlobalId.Encode("ConferenceEndpoint", m.HostEndpointId),
        [.. m.EndpointIds.Select(e => GlobalId.Encode("ConferenceEndpoint", e))], m.Version, m.CancellationReason);

    internal static string Screaming(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant();
}

/// <summary>An endpoint's status as live clients receive it.</summary>
public sealed record EndpointSnapshot(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status)
{
    public static EndpointSnapshot Of(ConferenceEndpoint e) =>
        new(GlobalId.Encode("ConferenceEndpoint", e.Id), e.Code, e.Name, MeetingSnapshot.Screaming(e.Status.ToString()));
}

/// <summary>
/// One change of the board: its sequence (increasing; a reconnecting client sends the last one it saw), what
/// happened, the local day it concerns, and the meeting or endpoint as it now is.
/// </summary>
public sealed record ConferenceChangeMessage(
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("day")] string Day,
    [property: JsonPropertyName("endpointIds")] IReadOnlyList<string> EndpointIds,
    [property: JsonPropertyName("meeting")] MeetingSnapshot? Meeting,
    [property: JsonPropertyName("endpoint")] EndpointSnapshot? Endpoint);

public static class ConferenceChanges
{
    public static ConferenceChangeMessage Message(ConferenceChange change, Meeting? meeting, ConferenceEndpoint? endpoint) =>
        new(change.Sequence, MeetingSnapshot.Screaming(change.Kind.ToString()), ScalarFormats.Iso(change.Day),
            [.. change.Endpoints.Select(e => GlobalId.Encode("ConferenceEndpoint", e))],
            meeting is null ? null : MeetingSnapshot.Of(meeting), endpoint is null ? null : EndpointSnapshot.Of(endpoint));

    /// <summary>
    /// The changes after <paramref name="afterSequence"/> matching <paramref name="filter"/>, each with the meeting or
    /// endpoint as it is now (a client catching up needs the current state, not every intermediate one).
    /// </summary>
    public static async Task<IReadOnlyList<ConferenceChangeMessage>> SinceAsync(JusticeDbContext db, long afterSequence,
        System.Linq.Expressions.Expression<Func<ConferenceChange, bool>> filter, int max, CancellationToken ct)
    {
        var changes = await db.Set<ConferenceChange>().AsNoTracking().Where(c => c.Sequence > afterSequence).Where(filter)
            .OrderBy(c => c.Sequence).Take(max).ToListAsync(ct);
        var meetingIds = changes.Where(c => c.Kind != ConferenceChangeKind.EndpointStatusChanged).Select(c => c.EntityId).Distinct().ToList();
        var endpointIds = changes.Where(c => c.Kind == ConferenceChangeKind.EndpointStatusChanged).Select(c => c.EntityId).Distinct().ToList();
        var meetings = await db.Set<Meeting>().AsNoTracking().Include(m => m.Participations)
            .Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var endpoints = await db.Set<ConferenceEndpoint>().AsNoTracking()
            .Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        return
        [
            .. changes.Select(c => Message(c, meetings.GetValueOrDefault(c.EntityId), endpoints.GetValueOrDefault(c.EntityId))),
        ];
    }

    /// <summary>A day's changes (meetings of that day), and every status change, after a sequence.</summary>
    public static Task<IReadOnlyList<ConferenceChangeMessage>> ForDayAsync(JusticeDbContext db, DateOnly day, long afterSequence, CancellationToken ct) =>
        SinceAsync(db, afterSequence, c => c.Day == day || c.Kind == ConferenceChangeKind.EndpointStatusChanged, 500, ct);

    /// <summary>The changes concerning one endpoint after a sequence.</summary>
    public static Task<IReadOnlyList<ConferenceChangeMessage>> ForEndpointAsync(JusticeDbContext db, Guid endpointId, long afterSequence, CancellationToken ct)
    {
        var hex = endpointId.ToString("N");
        return SinceAsync(db, afterSequence, c => c.EndpointIds.Contains(hex), 500, ct);
    }

    public static DateOnly LocalDay(DateTime utc) => VietnamTime.LocalDate(utc);
}
