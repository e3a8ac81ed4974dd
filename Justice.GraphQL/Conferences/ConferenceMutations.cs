using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Identity;
using Justice.Domain.Persistence;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Conferences;

/// <summary>
/// Booking and running meetings, and endpoint status (<c>conferences.write</c>, staff). Each change is committed
/// with its board change row and invitation mails, then published to live clients.
/// </summary>
public sealed class ConferenceMutations : IMutationFields
{
    public static ConferenceBridgeOptions Bridge(IResolveFieldContext c) =>
        c.RequestServices!.GetService<ConferenceBridgeOptions>() ?? ConferenceBridgeOptions.Default;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ScheduleMeetingPayloadType>>("scheduleMeeting")
            .Description("Đặt lịch một cuộc họp trực tuyến và gửi thư mời kèm lịch (iCalendar) đến cán bộ kỹ thuật các điểm cầu. Điểm cầu trùng lịch: "
                + "ENDPOINT_DOUBLE_BOOKED kèm gợi ý (alternatives); vượt sức chứa cầu hội nghị: BRIDGE_CAPACITY_EXCEEDED. Cần quyền conferences.write (cán bộ).")
            .Argument<NonNullGraphType<ScheduleMeetingInputType>>("input")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesWrite);
                var input = c.GetArgument<ScheduleMeetingInput>("input");
                var host = GlobalId.Decode(input.HostEndpointId, "ConferenceEndpoint");
                var ids = input.EndpointIds.Select(id => GlobalId.Decode(id, "ConferenceEndpoint")).Where(id => id != host).Distinct().ToList();
                var start = ConferenceBooking.Utc(input.Start);
                var end = ConferenceBooking.Utc(input.End);
                return await RunAsync(c, [host, .. ids], start, end, null, async (db, now) =>
                {
                    var endpoints = await EndpointsAsync(db, [host, .. ids], c.CancellationToken);
                    var others = await ConferenceBooking.OthersAsync(db, [host, .. ids], start, end, c.CancellationToken);
                    var meeting = new MeetingScheduler(Bridge(c)).Schedule(input.Title, endpoints[host], ids.Select(id => endpoints[id]),
                        start, end, input.Chair, input.Agenda, others);
                    foreach (var attachment in input.Attachments ?? []) meeting.AddAttachment(attachment.Title, attachment.Url);
                    db.Add(meeting);
                    return new MeetingChange(meeting, ConferenceChangeKind.MeetingScheduled, MeetingInvitationKind.Invitation, null,
                        [.. meeting.EndpointIds.Select(id => endpoints[id])]);
                });
            });

        mutation.Field<NonNullGraphType<ChangeMeetingPayloadType>>("changeMeeting")
            .Description("Sửa một cuộc họp chưa diễn ra: nội dung, thời gian, danh sách điểm cầu; gửi thư thông báo thay đổi. Mã lỗi như scheduleMeeting; "
                + "phiên bản cũ: CONCURRENT_CHANGE. Cần quyền conferences.write (cán bộ).")
            .Argument<NonNullGraphType<ChangeMeetingInputType>>("input")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesWrite);
                var input = c.GetArgument<ChangeMeetingInput>("input");
                var id = GlobalId.Decode(input.MeetingId, "Meeting");
                List<Guid>? wanted = input.EndpointIds?.Select(e => GlobalId.Decode(e, "ConferenceEndpoint")).Distinct().ToList();
                Meeting? loaded = null;
                return await RunAsync(c, () => loaded is null ? [] : [.. loaded.EndpointIds], () => input.Start is { } s ? ConferenceBooking.Utc(s) : loaded?.Start,
                    () => input.End is { } e ? ConferenceBooking.Utc(e) : loaded?.End, id, async (db, now) =>
                {
                    var meeting = loaded = await LoadAsync(db, id, c.CancellationToken);
                    Mutations.CheckVersion(meeting, input.ExpectedVersion);
                    var scheduler = new MeetingScheduler(Bridge(c));
                    meeting.Edit(input.Title ?? meeting.Title, input.Chair ?? meeting.Chair, input.Agenda ?? meeting.Agenda);
                    var start = input.Start is { } s ? ConferenceBooking.Utc(s) : meeting.Start;
                    var end = input.End is { } e ? ConferenceBooking.Utc(e) : meeting.End;
                    var all = wanted is null ? meeting.EndpointIds.ToList() : [meeting.HostEndpointId, .. wanted];
                    var endpoints = await EndpointsAsync(db, [.. all, .. meeting.EndpointIds], c.CancellationToken);
                    if (wanted is not null)
                        foreach (var removed in meeting.EndpointIds.Where(e => e != meeting.HostEndpointId && !wanted.Contains(e)).ToList())
                            meeting.RemoveEndpoint(removed);
                    if (start != meeting.Start || end != meeting.End)
                        scheduler.Reschedule(meeting, start, end, meeting.EndpointIds.Select(e => endpoints[e]),
                            await ConferenceBooking.OthersAsync(db, [.. meeting.EndpointIds], start, end, c.CancellationToken));
                    var added = all.Where(e => !meeting.Includes(e)).Select(e => endpoints[e]).ToList();
                    if (added.Count > 0)
                        scheduler.AddEndpoints(meeting, added, await ConferenceBooking.OthersAsync(db, [.. added.Select(a => a.Id)], start, end, c.CancellationToken));
                    MarkChanged(db, meeting);
                    return new MeetingChange(meeting, ConferenceChangeKind.MeetingChanged, MeetingInvitationKind.Changed,
                        input.ChangeSummary ?? "Cập nhật thông tin cuộc họp.", [.. meeting.EndpointIds.Select(e => endpoints[e])]);
                });
            });

        mutation.Field<NonNullGraphType<CancelMeetingPayloadType>>("cancelMeeting")
            .Description("Hủy một cuộc họp chưa diễn ra (giải phóng các điểm cầu) và gửi thư hủy kèm lịch CANCEL. Cần quyền conferences.write (cán bộ).")
            .Argument<NonNullGraphType<CancelMeetingInputType>>("input")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesWrite);
                var input = c.GetArgument<CancelMeetingInput>("input");
                var id = GlobalId.Decode(input.MeetingId, "Meeting");
                return await RunAsync(c, [], null, null, id, async (db, now) =>
                {
                    var meeting = await LoadAsync(db, id, c.CancellationToken);
                    Mutations.CheckVersion(meeting, input.ExpectedVersion);
                    meeting.Cancel(input.Reason, now);
                    var endpoints = await EndpointsAsync(db, [.. meeting.EndpointIds], c.CancellationToken);
                    return new MeetingChange(meeting, ConferenceChangeKind.MeetingCancelled, MeetingInvitationKind.Cancelled,
                        meeting.CancellationReason, [.. endpoints.Values]);
                });
            });

        mutation.Field<NonNullGraphType<StartMeetingPayloadType>>("startMeeting")
            .Description("Bắt đầu cuộc họp (LIVE); các điểm cầu đang sẵn sàng chuyển sang IN_USE. Cần quyền conferences.write (cán bộ).")
            .Argument<NonNullGraphType<StartMeetingInputType>>("input")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesWrite);
                var id = GlobalId.Decode(c.GetArgument<StartMeetingInput>("input").MeetingId, "Meeting");
                return await RunAsync(c, [], null, null, id, async (db, now) =>
                {
                    var meeting = await LoadAsync(db, id, c.CancellationToken);
                    meeting.GoLive(now);
                    var ids = meeting.EndpointIds.ToList();
                    var endpoints = await db.Set<ConferenceEndpoint>().AsTracking()
                        .Where(e => ids.Contains(e.Id) && e.Status == EndpointStatus.Ready).ToListAsync(c.CancellationToken);
                    foreach (var endpoint in endpoints) endpoint.ChangeStatus(EndpointStatus.InUse);
                    return new MeetingChange(meeting, ConferenceChangeKind.MeetingStarted, null, null, endpoints) { StatusChanged = true };
                });
            });

        mutation.Field<NonNullGraphType<EndMeetingPayloadType>>("endMeeting")
            .Description("Kết thúc cuộc họp (ENDED); các điểm cầu đang họp trở lại READY. Cần quyền conferences.write (cán bộ).")
            .Argument<NonNullGraphType<EndMeetingInputType>>("input")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesWrite);
                var id = GlobalId.Decode(c.GetArgument<EndMeetingInput>("input").MeetingId, "Meeting");
                return await RunAsync(c, [], null, null, id, async (db, now) =>
                {
                    var meeting = await LoadAsync(db, id, c.CancellationToken);
                    meeting.Finish(now);
                    var ids = meeting.EndpointIds.ToList();
                    var endpoints = await db.Set<ConferenceEndpoint>().AsTracking()
                        .Where(e => ids.Contains(e.Id) && e.Status == EndpointStatus.InUse).ToListAsync(c.CancellationToken);
                    foreach (var endpoint in endpoints) endpoint.ChangeStatus(EndpointStatus.Ready);
                    return new MeetingChange(meeting, ConferenceChangeKind.MeetingEnded, null, null, endpoints) { StatusChanged = true };
                });
            });

        mutation.Field<NonNullGraphType<SetConferenceEndpointStatusPayloadType>>("setConferenceEndpointStatus")
            .Description("Đặt trạng thái một điểm cầu (sự cố, bảo trì, sẵn sàng…); bước không hợp lệ: ENDPOINT_STATUS_TRANSITION_REFUSED. Cần quyền conferences.write (cán bộ).")
            .Argument<NonNullGraphType<SetConferenceEndpointStatusInputType>>("input")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesWrite);
                var input = c.GetArgument<SetConferenceEndpointStatusInput>("input");
                var id = GlobalId.Decode(input.EndpointId, "ConferenceEndpoint");
                var payload = await Mutations.RunAsync(async () =>
                {
                    var db = c.Db();
                    var now = c.Service<TimeProvider>().GetUtcNow().UtcDateTime;
                    var endpoint = await db.Set<ConferenceEndpoint>().AsTracking().FirstOrDefaultAsync(e => e.Id == id, c.CancellationToken)
                        ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy điểm cầu.");
                    Mutations.CheckVersion(endpoint, input.ExpectedVersion);
                    endpoint.ChangeStatus(input.Status);
                    var change = ConferenceChange.ForEndpoint(endpoint, now);
                    db.Add(change);
                    await ConferenceChangeOrder.SaveInCommitOrderAsync(db, c.CancellationToken);
                    await PublishAsync(c, [ConferenceChanges.Message(change, null, endpoint)]);
                    return endpoint;
                });
                return payload;
            });
    }

    /// <summary>What a meeting mutation did, for the change row, the mails and the live message.</summary>
    private sealed record MeetingChange(Meeting Meeting, ConferenceChangeKind Kind, MeetingInvitationKind? Mail, string? Note,
        IReadOnlyList<ConferenceEndpoint> Endpoints)
    {
        public bool StatusChanged { get; init; }
    }

    private static Task<MeetingPayload> RunAsync(IResolveFieldContext c, IReadOnlyCollection<Guid> endpointIds, DateTime? start, DateTime? end,
        Guid? meetingId, Func<JusticeDbContext, DateTime, Task<MeetingChange>> change) =>
        RunAsync(c, () => endpointIds, () => start, () => end, meetingId, change);

    /// <summary>
    /// Loads, changes, saves (with the board change row and the mails), publishes. A refusal comes back in the
    /// payload; a double booking — found by the scheduler or, when another booking won the race, by the database —
    /// comes back as ENDPOINT_DOUBLE_BOOKED with the alternatives.
    /// </summary>
    private static async Task<MeetingPayload> RunAsync(IResolveFieldContext c, Func<IReadOnlyCollection<Guid>> endpointIds, Func<DateTime?> start,
        Func<DateTime?> end, Guid? meetingId, Func<JusticeDbContext, DateTime, Task<MeetingChange>> change)
    {
        var db = c.Db();
        var now = c.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        try
        {
            var done = await change(db, now);
            var row = ConferenceChange.ForMeeting(done.Kind, done.Meeting, now);
            db.Add(row);
            var statusRows = done.StatusChanged ? done.Endpoints.Select(e => (Row: ConferenceChange.ForEndpoint(e, now), Endpoint: e)).ToList() : [];
            foreach (var (statusRow, _) in statusRows) db.Add(statusRow);
            if (done.Mail is { } mail && c.RequestServices!.GetService<IMeetingInvitations>() is { } invitations)
                invitations.Enqueue(db, done.Meeting, done.Endpoints, mail, done.Note);
            await ConferenceChangeOrder.SaveInCommitOrderAsync(db, c.CancellationToken);
            await PublishAsync(c, [ConferenceChanges.Message(row, done.Meeting, null), .. statusRows.Select(s => ConferenceChanges.Message(s.Row, null, s.Endpoint))]);
            return new MeetingPayload(done.Meeting, [], null);
        }
        catch (DomainException e) when (e.Code == ConferenceBooking.DoubleBooked)
        {
            return await DoubleBookedAsync(c, e.Message, endpointIds(), start(), end(), meetingId);
        }
        catch (DomainException e)
        {
            return new MeetingPayload(null, [new MutationError(e.Code, e.Message)], null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MeetingPayload(null, [new MutationError(ErrorCodes.ConcurrentChange,
                "Dữ liệu vừa được người khác thay đổi. Hãy tải lại và thực hiện lại thao tác.")], null);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException && ConferenceBooking.IsDoubleBooking(e))
        {
            db.ChangeTracker.Clear();
            return await DoubleBookedAsync(c, "Một điểm cầu vừa được đặt cho cuộc họp khác trùng thời gian. Hãy chọn khung giờ hoặc điểm cầu khác.",
                endpointIds(), start(), end(), meetingId);
        }
    }

    private static async Task<MeetingPayload> DoubleBookedAsync(IResolveFieldContext c, string message, IReadOnlyCollection<Guid> endpointIds,
        DateTime? start, DateTime? end, Guid? meetingId)
    {
        var alternatives = start is { } s && end is { } e && e > s && endpointIds.Count > 0
            ? await ConferenceBooking.AlternativesAsync(c.Db(), endpointIds, s, e, meetingId, c.CancellationToken)
            : null;
        return new MeetingPayload(null, [new MutationError(ConferenceBooking.DoubleBooked, message)], alternatives);
    }

    private static async Task PublishAsync(IResolveFieldContext c, IReadOnlyList<ConferenceChangeMessage> messages)
    {
        if (c.RequestServices!.GetService<IConferenceNotifier>() is { } notifier)
            await notifier.PublishAsync(messages, CancellationToken.None);
    }

    private static async Task<Meeting> LoadAsync(JusticeDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<Meeting>().AsTracking().Include(m => m.Participations).Include(m => m.Attachments).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, ct)
        ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy cuộc họp.");

    private static async Task<Dictionary<Guid, ConferenceEndpoint>> EndpointsAsync(JusticeDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var found = await db.Set<ConferenceEndpoint>().AsNoTracking().Where(e => wanted.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        if (found.Count != wanted.Count) throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy điểm cầu.");
        return found;
    }

    /// <summary>A change to the endpoints only still makes a new version (and a new calendar SEQUENCE).</summary>
    private static void MarkChanged(JusticeDbContext db, Meeting meeting)
    {
        var entry = db.Entry(meeting);
        if (entry.State == EntityState.Unchanged) entry.Property(m => m.Title).IsModified = true;
    }
}

/// <summary>A meeting mutation's result: the meeting, or the errors and, for a double booking, the alternatives.</summary>
public sealed record MeetingPayload(Meeting? Meeting, IReadOnlyList<MutationError> Errors, BookingAlternatives? Alternatives);

public abstract class MeetingPayloadType : ObjectGraphType<MeetingPayload>
{
    protected MeetingPayloadType(string name)
    {
        Name = name;
        Field<MeetingGraphType>("meeting").Resolve(c => c.Source.Meeting);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MutationErrorType>>>>("errors").Resolve(c => c.Source.Errors);
        Field<BookingAlternativesGraphType>("alternatives").Description("Khi ENDPOINT_DOUBLE_BOOKED: khung giờ trống và điểm cầu thay thế.")
            .Resolve(c => c.Source.Alternatives);
    }
}

public sealed class ScheduleMeetingPayloadType() : MeetingPayloadType("ScheduleMeetingPayload");
public sealed class ChangeMeetingPayloadType() : MeetingPayloadType("ChangeMeetingPayload");
public sealed class CancelMeetingPayloadType() : MeetingPayloadType("CancelMeetingPayload");
public sealed class StartMeetingPayloadType() : MeetingPayloadType("StartMeetingPayload");
public sealed class EndMeetingPayloadType() : MeetingPayloadType("EndMeetingPayload");

public sealed class SetConferenceEndpointStatusPayloadType()
    : PayloadType<ConferenceEndpointGraphType, ConferenceEndpoint>("SetConferenceEndpointStatusPayload", "endpoint");

public sealed record MeetingAttachmentInput
{
    [Description("Tên tài liệu.")] public string Title { get; init; } = "";
    [Description("Đường dẫn (http, https).")] public string Url { get; init; } = "";
}

public sealed class MeetingAttachmentInputType : AutoRegisteringInputObjectGraphType<MeetingAttachmentInput>
{
    public MeetingAttachmentInputType()
    {
        Name = "MeetingAttachmentInput";
        Description = "Tài liệu họp (đường dẫn).";
    }
}

public sealed record ScheduleMeetingInput
{
    [Description("Tên cuộc họp.")] public string Title { get; init; } = "";
    [Description("Điểm cầu chủ trì.")] [Id] public string HostEndpointId { get; init; } = "";
    [Description("Các điểm cầu tham dự (không cần nhắc lại điểm cầu chủ trì).")]
    [InputType(typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))] public List<string> EndpointIds { get; init; } = [];
    [Description("Bắt đầu (UTC, ví dụ 2026-03-09T02:00:00Z là 9 giờ sáng giờ Việt Nam).")]
    [InputType(typeof(NonNullGraphType<DateTimeGraphType>))] public DateTime Start { get; init; }
    [Description("Kết thúc (UTC).")]
    [InputType(typeof(NonNullGraphType<DateTimeGraphType>))] public DateTime End { get; init; }
    [Description("Người chủ trì.")] public string Chair { get; init; } = "";
    [Description("Chương trình họp.")] public string? Agenda { get; init; }
    [Description("Tài liệu họp.")]
    [InputType(typeof(ListGraphType<NonNullGraphType<MeetingAttachmentInputType>>))] public List<MeetingAttachmentInput>? Attachments { get; init; }
}

public sealed class ScheduleMeetingInputType : AutoRegisteringInputObjectGraphType<ScheduleMeetingInput>
{
    public ScheduleMeetingInputType()
    {
        Name = "ScheduleMeetingInput";
        Description = "Cuộc họp cần đặt lịch: tên, điểm cầu chủ trì và tham dự, thời gian, người chủ trì, chương trình.";
    }
}

public sealed record ChangeMeetingInput
{
    [Id] public string MeetingId { get; init; } = "";
    public string? Title { get; init; }
    public string? Chair { get; init; }
    public string? Agenda { get; init; }
    [Description("Giờ bắt đầu mới (UTC).")] [InputType(typeof(DateTimeGraphType))] public DateTime? Start { get; init; }
    [Description("Giờ kết thúc mới (UTC).")] [InputType(typeof(DateTimeGraphType))] public DateTime? End { get; init; }
    [Description("Danh sách điểm cầu tham dự mới (thay thế danh sách cũ; điểm cầu chủ trì luôn giữ nguyên).")]
    [InputType(typeof(ListGraphType<NonNullGraphType<IdGraphType>>))] public List<string>? EndpointIds { get; init; }
    [Description("Nội dung thay đổi ghi trong thư gửi các điểm cầu.")] public string? ChangeSummary { get; init; }
    [Description("Phiên bản đã đọc; khác phiên bản hiện tại thì bị từ chối (CONCURRENT_CHANGE).")] public int? ExpectedVersion { get; init; }
}

public sealed class ChangeMeetingInputType : AutoRegisteringInputObjectGraphType<ChangeMeetingInput>
{
    public ChangeMeetingInputType()
    {
        Name = "ChangeMeetingInput";
        Description = "Thay đổi một cuộc họp chưa diễn ra; trường bỏ trống giữ nguyên.";
    }
}

public sealed record CancelMeetingInput
{
    [Id] public string MeetingId { get; init; } = "";
    [Description("Lý do hủy (gửi đến các điểm cầu).")] public string Reason { get; init; } = "";
    [Description("Phiên bản đã đọc; khác phiên bản hiện tại thì bị từ chối (CONCURRENT_CHANGE).")] public int? ExpectedVersion { get; init; }
}

public sealed class CancelMeetingInputType : AutoRegisteringInputObjectGraphType<CancelMeetingInput>
{
    public CancelMeetingInputType()
    {
        Name = "CancelMeetingInput";
        Description = "Hủy cuộc họp: cuộc họp và lý do.";
    }
}

public sealed record StartMeetingInput
{
    [Id] public string MeetingId { get; init; } = "";
}

public sealed class StartMeetingInputType : AutoRegisteringInputObjectGraphType<StartMeetingInput>
{
    public StartMeetingInputType()
    {
        Name = "StartMeetingInput";
        Description = "Cuộc họp bắt đầu.";
    }
}

public sealed record EndMeetingInput
{
    [Id] public string MeetingId { get; init; } = "";
}

public sealed class EndMeetingInputType : AutoRegisteringInputObjectGraphType<EndMeetingInput>
{
    public EndMeetingInputType()
    {
        Name = "EndMeetingInput";
        Description = "Cuộc họp kết thúc.";
    }
}

public sealed record SetConferenceEndpointStatusInput
{
    [Id] public string EndpointId { get; init; } = "";
    [InputType(typeof(NonNullGraphType<EndpointStatusGraphType>))] public EndpointStatus Status { get; init; }
    [Description("Phiên bản đã đọc; khác phiên bản hiện tại thì bị từ chối (CONCURRENT_CHANGE).")] public int? ExpectedVersion { get; init; }
}

public sealed class SetConferenceEndpointStatusInputType : AutoRegisteringInputObjectGraphType<SetConferenceEndpointStatusInput>
{
    public SetConferenceEndpointStatusInputType()
    {
        Name = "SetConferenceEndpointStatusInput";
        Description = "Trạng thái mới của một điểm cầu.";
    }
}
