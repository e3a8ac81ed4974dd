using Justice.Domain.Common;

namespace Justice.Domain.Conferences;

/// <summary>
/// Configuration of the conference bridge (MCU). The bridge hosting a meeting mixes a limited number of endpoints,
/// the host included *(check the licence of the installed bridge)*.
/// </summary>
public sealed record ConferenceBridgeOptions(int MaxEndpoints)
{
    /// <summary>Enough for a national meeting joining every endpoint.</summary>
    public static readonly ConferenceBridgeOptions Default = new(72);
}

/// <summary>An endpoint already held by another meeting over part of the requested time.</summary>
public sealed record EndpointConflict(Guid EndpointId, Guid OtherMeetingId, string OtherMeetingTitle, DateTime OtherStart, DateTime OtherEnd);

/// <summary>
/// Lập lịch họp: the only way endpoints join a meeting or a meeting moves. A pure check against the other meetings
/// the caller loaded (those holding any of the endpoints around that time): an endpoint is in one meeting at a time,
/// and the host bridge takes at most <see cref="ConferenceBridgeOptions.MaxEndpoints"/>.
/// Intervals are half-open, so a meeting may start the minute the previous one ends.
/// </summary>
public sealed class MeetingScheduler(ConferenceBridgeOptions options)
{
    public ConferenceBridgeOptions Options { get; } = options.MaxEndpoints >= 2
        ? options
        : throw new DomainException("BRIDGE_CAPACITY_INVALID", "Cầu hội nghị phải kết nối được ít nhất hai điểm cầu.");

    public Meeting Schedule(string title, ConferenceEndpoint host, IEnumerable<ConferenceEndpoint> participants,
        DateTime start, DateTime end, string chair, string? agenda, IEnumerable<Meeting> otherMeetings)
    {
        var meeting = new Meeting(title, host.Id, start, end, chair, agenda);
        var others = otherMeetings.ToList();
        EnsureAvailable(meeting, [host], others);
        AddEndpoints(meeting, participants, others);
        return meeting;
    }

    public void AddEndpoints(Meeting meeting, IEnumerable<ConferenceEndpoint> endpoints, IEnumerable<Meeting> otherMeetings)
    {
        var added = endpoints.Where(e => e.Id != meeting.HostEndpointId).DistinctBy(e => e.Id).ToList();
        if (meeting.EndpointCount + added.Count > Options.MaxEndpoints)
            throw new DomainException("BRIDGE_CAPACITY_EXCEEDED",
                $"Cầu hội nghị chỉ kết nối tối đa {Options.MaxEndpoints} điểm cầu; cuộc họp sẽ có {meeting.EndpointCount + added.Count} điểm cầu.");
        EnsureAvailable(meeting, added, otherMeetings.ToList());
        foreach (var endpoint in added) meeting.AddEndpoint(endpoint.Id);
    }

    /// <summary>Moves a meeting; <paramref name="meetingEndpoints"/> name the endpoints in the refusal.</summary>
    public void Reschedule(Meeting meeting, DateTime start, DateTime end, IEnumerable<ConferenceEndpoint> meetingEndpoints, IEnumerable<Meeting> otherMeetings)
    {
        var names = meetingEndpoints.ToDictionary(e => e.Id, e => e.Name);
        var conflicts = FindConflicts(meeting.Id, meeting.EndpointIds, start, end, otherMeetings);
        if (conflicts.Count > 0) throw DoubleBooked(conflicts[0], names.GetValueOrDefault(conflicts[0].EndpointId));
        meeting.Reschedule(start, end);
    }

    /// <summary>Every endpoint of <paramref name="endpointIds"/> held by another meeting in [start, end).</summary>
    public static IReadOnlyList<EndpointConflict> FindConflicts(Guid meetingId, IEnumerable<Guid> endpointIds, DateTime start, DateTime end,
        IEnumerable<Meeting> otherMeetings)
    {
        var wanted = endpointIds.ToHashSet();
        return
        [
            .. from other in otherMeetings
               where other.Id != meetingId
               from participation in other.Participations
               where wanted.Contains(participation.EndpointId) && participation.Overlaps(start, end)
               orderby other.Start, participation.EndpointId
               select new EndpointConflict(participation.EndpointId, other.Id, other.Title, participation.Start, participation.End),
        ];
    }

    private static void EnsureAvailable(Meeting meeting, IReadOnlyList<ConferenceEndpoint> endpoints, IReadOnlyList<Meeting> others)
    {
        var conflicts = FindConflicts(meeting.Id, endpoints.Select(e => e.Id), meeting.Start, meeting.End, others);
        if (conflicts.Count > 0)
            throw DoubleBooked(conflicts[0], endpoints.First(e => e.Id == conflicts[0].EndpointId).Name);
    }

    private static DomainException DoubleBooked(EndpointConflict conflict, string? endpointName)
    {
        var local = conflict.OtherStart + VietnamTime.Offset;
        return new DomainException("ENDPOINT_DOUBLE_BOOKED",
            $"Điểm cầu {endpointName ?? conflict.EndpointId.ToString()} đã tham gia cuộc họp \"{conflict.OtherMeetingTitle}\" " +
            $"lúc {local:HH:mm dd/MM/yyyy}, trùng thời gian.");
    }
}
