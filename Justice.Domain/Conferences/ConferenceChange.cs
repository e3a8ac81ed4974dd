namespace Justice.Domain.Conferences;

public enum ConferenceChangeKind
{
    MeetingScheduled,
    MeetingChanged,
    MeetingCancelled,
    MeetingStarted,
    MeetingEnded,
    EndpointStatusChanged,
}

/// <summary>
/// Nhật ký thay đổi lịch họp: one row per change to the board, written in the same transaction as the change.
/// <see cref="Sequence"/> (the key, assigned by the database) is what live clients remember, so that a client that
/// reconnects — to this node or another — asks for what came after the last sequence it saw.
/// </summary>
public sealed class ConferenceChange
{
    private ConferenceChange() { }

    private ConferenceChange(ConferenceChangeKind kind, Guid entityId, DateOnly day, IEnumerable<Guid> endpointIds, DateTime at)
    {
        Kind = kind;
        EntityId = entityId;
        Day = day;
        EndpointIds = string.Join(',', endpointIds.Select(e => e.ToString("N")));
        At = at;
    }

    public long Sequence { get; private set; }
    public ConferenceChangeKind Kind { get; private set; }
    /// <summary>The meeting, or the endpoint whose status changed.</summary>
    public Guid EntityId { get; private set; }
    /// <summary>The local (Asia/Ho_Chi_Minh) day of the meeting, or of the status change.</summary>
    public DateOnly Day { get; private set; }
    /// <summary>The endpoints concerned, as 32-digit hex ids separated by commas (for the endpoint groups' catch-up).</summary>
    public string EndpointIds { get; private set; } = "";
    public DateTime At { get; private set; }

    public IEnumerable<Guid> Endpoints => EndpointIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse);

    public static ConferenceChange ForMeeting(ConferenceChangeKind kind, Meeting meeting, DateTime now) =>
        new(kind, meeting.Id, Common.VietnamTime.LocalDate(meeting.Start), meeting.EndpointIds, now);

    public static ConferenceChange ForEndpoint(ConferenceEndpoint endpoint, DateTime now) =>
        new(ConferenceChangeKind.EndpointStatusChanged, endpoint.Id, Common.VietnamTime.LocalDate(now), [endpoint.Id], now);
}
