using Justice.Domain.Common;

namespace Justice.Domain.Conferences;

public enum MeetingStatus { Scheduled, Live, Ended, Cancelled }

/// <summary>
/// Cuộc họp trực tuyến: a meeting bridged from a host endpoint to participating endpoints. Times are UTC instants;
/// people read and type them in Vietnam's local time (Asia/Ho_Chi_Minh, UTC+7). Endpoints join only through
/// <see cref="MeetingScheduler"/>, which refuses double bookings and overfull bridges.
/// </summary>
public sealed class Meeting : AggregateRoot
{
    private static readonly WorkflowTransitions<MeetingStatus> Workflow = new("MEETING_TRANSITION_REFUSED",
        (MeetingStatus.Scheduled, MeetingStatus.Live),
        (MeetingStatus.Live, MeetingStatus.Ended),
        (MeetingStatus.Scheduled, MeetingStatus.Cancelled));

    private readonly List<MeetingParticipation> _participations = [];
    private readonly List<MeetingAttachment> _attachments = [];
    /// <summary>
    /// True while <see cref="MeetingScheduler.Schedule"/> builds the meeting: the endpoints it adds belong to the first
    /// invitation, not to a change of it. Not stored; a loaded meeting is never being scheduled.
    /// </summary>
    private bool _scheduling;

    private Meeting() { }

    internal Meeting(string title, Guid hostEndpointId, DateTime start, DateTime end, string chair, string? agenda)
    {
        Title = VietnameseText.Required(title, "Tên cuộc họp", 300);
        Chair = VietnameseText.Required(chair, "Người chủ trì", 200);
        Agenda = agenda?.Normalize(System.Text.NormalizationForm.FormC).Trim() is { Length: > 0 } text ? text : null;
        SetTimes(start, end);
        HostEndpointId = hostEndpointId;
        Status = MeetingStatus.Scheduled;
        _participations.Add(new MeetingParticipation(Id, hostEndpointId, Start, End, isHost: true));
        _scheduling = true;
    }

    public string Title { get; private set; } = "";
    public Guid HostEndpointId { get; private set; }
    /// <summary>UTC; shown in Asia/Ho_Chi_Minh local time.</summary>
    public DateTime Start { get; private set; }
    /// <summary>UTC; shown in Asia/Ho_Chi_Minh local time. Always after <see cref="Start"/>.</summary>
    public DateTime End { get; private set; }
    /// <summary>Người chủ trì.</summary>
    public string Chair { get; private set; } = "";
    /// <summary>Chương trình họp.</summary>
    public string? Agenda { get; private set; }
    public MeetingStatus Status { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? EndedAt { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>
    /// Lần điều chỉnh: 0 when scheduled, raised by every change the invited endpoints must hear of (new times, an
    /// endpoint added or removed, cancellation). It is the SEQUENCE of the calendar sent with the invitation and each
    /// change: calendars apply a message only if its sequence is higher than the one they hold.
    /// </summary>
    public int Revision { get; private set; }
    /// <summary>Every endpoint in the meeting, the host included: each row holds the endpoint for the meeting's time.</summary>
    public IReadOnlyList<MeetingParticipation> Participations => _participations;
    /// <summary>Tài liệu họp: links to the documents.</summary>
    public IReadOnlyList<MeetingAttachment> Attachments => _attachments;

    public IEnumerable<Guid> EndpointIds => _participations.Select(p => p.EndpointId);
    public int EndpointCount => _participations.Count;

    public bool Includes(Guid endpointId) => _participations.Any(p => p.EndpointId == endpointId);

    internal void AddEndpoint(Guid endpointId)
    {
        EnsureEditable();
        if (Includes(endpointId))
            throw new DomainException("MEETING_ENDPOINT_ALREADY_ADDED", "Điểm cầu đã có trong cuộc họp.");
        _participations.Add(new MeetingParticipation(Id, endpointId, Start, End, isHost: false));
        if (!_scheduling) Revision++;
    }

    /// <summary>Removing an endpoint can never cause a conflict, so it needs no scheduler.</summary>
    public void RemoveEndpoint(Guid endpointId)
    {
        EnsureEditable();
        if (endpointId == HostEndpointId)
            throw new DomainException("MEETING_HOST_REQUIRED", "Không thể bỏ điểm cầu chủ trì khỏi cuộc họp.");
        var participation = _participations.FirstOrDefault(p => p.EndpointId == endpointId)
            ?? throw new DomainException("MEETING_ENDPOINT_NOT_PARTICIPATING", "Điểm cầu không tham gia cuộc họp này.");
        _participations.Remove(participation);
        Changed();
    }

    internal void Reschedule(DateTime start, DateTime end)
    {
        EnsureEditable();
        SetTimes(start, end);
        foreach (var participation in _participations) participation.Hold(Start, End);
        Changed();
    }

    public void Edit(string title, string chair, string? agenda)
    {
        EnsureEditable();
        Title = VietnameseText.Required(title, "Tên cuộc họp", 300);
        Chair = VietnameseText.Required(chair, "Người chủ trì", 200);
        Agenda = agenda?.Normalize(System.Text.NormalizationForm.FormC).Trim() is { Length: > 0 } text ? text : null;
        _scheduling = false;
    }

    public void AddAttachment(string title, string url)
    {
        if (Status is MeetingStatus.Cancelled)
            throw new DomainException("MEETING_NOT_EDITABLE", "Cuộc họp đã hủy, không thể bổ sung tài liệu.");
        _attachments.Add(new MeetingAttachment(title, url));
    }

    public void GoLive(DateTime now)
    {
        Workflow.Ensure(Status, MeetingStatus.Live);
        Status = MeetingStatus.Live;
        StartedAt = VietnamTime.RequireUtc(now);
    }

    /// <summary>Ends the meeting; if it ends early the endpoints are free again from that moment.</summary>
    public void Finish(DateTime now)
    {
        Workflow.Ensure(Status, MeetingStatus.Ended);
        Status = MeetingStatus.Ended;
        EndedAt = VietnamTime.RequireUtc(now);
        foreach (var participation in _participations.Where(p => now < p.End))
        {
            if (now > participation.Start) participation.Hold(participation.Start, now);
            else participation.Release();
        }
    }

    /// <summary>Cancels the meeting and releases its endpoints; the rows stay so the invitation list is kept.</summary>
    public void Cancel(string reason, DateTime now)
    {
        var text = VietnameseText.Required(reason, "Lý do hủy", 1000);
        Workflow.Ensure(Status, MeetingStatus.Cancelled);
        Status = MeetingStatus.Cancelled;
        CancellationReason = text;
        EndedAt = VietnamTime.RequireUtc(now);
        foreach (var participation in _participations) participation.Release();
        Changed();
    }

    private void SetTimes(DateTime start, DateTime end)
    {
        VietnamTime.RequireUtc(start);
        VietnamTime.RequireUtc(end);
        if (end <= start)
            throw new DomainException("MEETING_TIME_INVALID", "Thời điểm kết thúc cuộc họp phải sau thời điểm bắt đầu.");
        Start = start;
        End = end;
    }

    /// <summary>A change the endpoints must hear of; it also ends the scheduling of a new meeting.</summary>
    private void Changed()
    {
        _scheduling = false;
        Revision++;
    }

    private void EnsureEditable()
    {
        if (Status != MeetingStatus.Scheduled)
            throw new DomainException("MEETING_NOT_EDITABLE", "Chỉ thay đổi được cuộc họp chưa diễn ra.");
    }

}

/// <summary>
/// One endpoint held for one meeting over [Start, End). Its own table so the database can later refuse double
/// bookings itself (PostgreSQL: an exclusion constraint on EndpointId with = and tsrange(Start, End) with &amp;&amp;,
/// where not IsReleased).
/// </summary>
public sealed class MeetingParticipation : Entity
{
    private MeetingParticipation() { }

    internal MeetingParticipation(Guid meetingId, Guid endpointId, DateTime start, DateTime end, bool isHost)
    {
        MeetingId = meetingId;
        EndpointId = endpointId;
        IsHost = isHost;
        Hold(start, end);
    }

    public Guid MeetingId { get; private set; }
    public Guid EndpointId { get; private set; }
    public DateTime Start { get; private set; }
    public DateTime End { get; private set; }
    public bool IsHost { get; private set; }
    /// <summary>True once the meeting is cancelled (or ended before this row's slot): the endpoint is free again.</summary>
    public bool IsReleased { get; private set; }

    public bool Overlaps(DateTime start, DateTime end) => !IsReleased && Start < end && start < End;

    internal void Hold(DateTime start, DateTime end)
    {
        Start = start;
        End = end;
    }

    internal void Release() => IsReleased = true;
}

/// <summary>A link to a meeting document (agenda, report, slides).</summary>
public sealed class MeetingAttachment : Entity
{
    private MeetingAttachment() { }

    internal MeetingAttachment(string title, string url)
    {
        Title = VietnameseText.Required(title, "Tên tài liệu", 300);
        var text = VietnameseText.Required(url, "Đường dẫn tài liệu", 1000);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new DomainException("URL_INVALID", $"Đường dẫn '{text}' không hợp lệ.");
        Url = text;
    }

    public string Title { get; private set; } = "";
    public string Url { get; private set; } = "";
}
