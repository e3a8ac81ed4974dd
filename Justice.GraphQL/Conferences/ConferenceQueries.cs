using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Conferences;

public enum MeetingSpan
{
    /// <summary>Một ngày.</summary>
    Day,
    /// <summary>Tuần (thứ Hai đến Chủ nhật) chứa ngày đã cho.</summary>
    Week,
}

/// <summary>The conference board for Ministry staff (<c>conferences.read</c>): endpoints, meetings, free slots, booking checks.</summary>
public sealed class ConferenceQueries : IQueryFields, INodeResolver
{
    public string TypeName => "Meeting";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConferenceEndpointGraphType>>>>("conferenceEndpoints")
            .Description("Các điểm cầu hội nghị truyền hình (theo mã), kèm trạng thái và cán bộ kỹ thuật. Cần quyền conferences.read (cán bộ).")
            .Argument<EndpointStatusGraphType>("status", "Chỉ các điểm cầu ở trạng thái này.")
            .Argument<StringGraphType>("nameContains", "Tên có chứa.")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesRead);
                var query = c.Db().Set<ConferenceEndpoint>().AsNoTracking();
                if (c.GetArgument<EndpointStatus?>("status") is { } status) query = query.Where(e => e.Status == status);
                if (VietnameseText.NormalizeOptional(c.GetArgument<string?>("nameContains")) is { } name) query = query.Where(e => e.Name.Contains(name));
                return await query.OrderBy(e => e.Code).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingGraphType>>>>("meetings")
            .Description("Lịch họp của một ngày hoặc một tuần (giờ Việt Nam), tùy chọn của một điểm cầu, theo giờ bắt đầu. Cần quyền conferences.read (cán bộ).")
            .Argument<NonNullGraphType<DateScalar>>("day", "Ngày (giờ Việt Nam).")
            .Argument<EnumerationGraphType<MeetingSpan>>("span", "DAY (mặc định) hoặc WEEK.")
            .Argument<IdGraphType>("endpointId", "Chỉ các cuộc họp có điểm cầu này.")
            .Argument<BooleanGraphType>("includeCancelled", "Kể cả cuộc họp đã hủy (mặc định: có).")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesRead);
                var day = c.GetArgument<DateOnly>("day");
                Guid? endpointId = c.GetArgument<string?>("endpointId") is { } raw ? GlobalId.Decode(raw, "ConferenceEndpoint") : null;
                var (first, days) = c.GetArgument<MeetingSpan?>("span") == MeetingSpan.Week
                    ? (day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), 7)
                    : (day, 1);
                var from = VietnamTime.ToUtc(first, TimeOnly.MinValue);
                var to = VietnamTime.ToUtc(first.AddDays(days), TimeOnly.MinValue);
                var query = c.Db().Set<Meeting>().AsNoTracking().Include(m => m.Participations).Include(m => m.Attachments).AsSplitQuery()
                    .Where(m => m.Start >= from && m.Start < to);
                if (c.GetArgument<bool?>("includeCancelled") == false) query = query.Where(m => m.Status != MeetingStatus.Cancelled);
                if (endpointId is { } id) query = query.Where(m => m.Participations.Any(p => p.EndpointId == id));
                return await query.OrderBy(m => m.Start).ThenBy(m => m.Id).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeSlotGraphType>>>>("conferenceFreeSlots")
            .Description($"Các khoảng trống chung của các điểm cầu trong ngày (từ {ConferenceBooking.DayStart:HH\\:mm} đến {ConferenceBooking.DayEnd:HH\\:mm} giờ Việt Nam), dài ít nhất durationMinutes phút. Cần quyền conferences.read (cán bộ).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("endpointIds")
            .Argument<NonNullGraphType<DateScalar>>("day")
            .Argument<IntGraphType>("durationMinutes", "Độ dài tối thiểu (mặc định 60 phút).")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesRead);
                var ids = c.GetArgument<List<string>>("endpointIds").Select(id => GlobalId.Decode(id, "ConferenceEndpoint")).Distinct().ToList();
                var minutes = c.GetArgument<int?>("durationMinutes") ?? 60;
                if (minutes is < 1 or > 24 * 60)
                    throw new ExecutionError("Độ dài cuộc họp phải từ 1 phút đến 24 giờ.") { Code = ErrorCodes.InvalidArgument };
                return await ConferenceBooking.FreeSlotsAsync(c.Db(), ids, c.GetArgument<DateOnly>("day"), minutes, null, c.CancellationToken);
            });

        query.Field<NonNullGraphType<BookingCheckGraphType>>("meetingBookingCheck")
            .Description("Kiểm tra một lịch họp trước khi đặt: điểm cầu trùng lịch, sức chứa cầu hội nghị, gợi ý khung giờ và điểm cầu thay thế. Cần quyền conferences.read (cán bộ).")
            .Argument<NonNullGraphType<IdGraphType>>("hostEndpointId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("endpointIds", "Các điểm cầu tham dự.")
            .Argument<NonNullGraphType<DateTimeGraphType>>("start")
            .Argument<NonNullGraphType<DateTimeGraphType>>("end")
            .Argument<IdGraphType>("meetingId", "Khi dời một cuộc họp đã có: cuộc họp đó (không tính là xung đột).")
            .ResolveAsync(async c =>
            {
                c.RequireConferenceStaff(JusticeScopes.ConferencesRead);
                var host = GlobalId.Decode(c.GetArgument<string>("hostEndpointId"), "ConferenceEndpoint");
                var ids = c.GetArgument<List<string>>("endpointIds").Select(id => GlobalId.Decode(id, "ConferenceEndpoint")).Append(host).Distinct().ToList();
                Guid? meetingId = c.GetArgument<string?>("meetingId") is { } raw ? GlobalId.Decode(raw, "Meeting") : null;
                var start = ConferenceBooking.Utc(c.GetArgument<DateTime>("start"));
                var end = ConferenceBooking.Utc(c.GetArgument<DateTime>("end"));
                if (end <= start)
                    throw new ExecutionError("Thời điểm kết thúc cuộc họp phải sau thời điểm bắt đầu.") { Code = "MEETING_TIME_INVALID" };
                var db = c.Db();
                var others = await ConferenceBooking.OthersAsync(db, ids, start, end, c.CancellationToken);
                var conflicts = MeetingScheduler.FindConflicts(meetingId ?? Guid.Empty, ids, start, end, others);
                var alternatives = conflicts.Count > 0
                    ? await ConferenceBooking.AlternativesAsync(db, ids, start, end, meetingId, c.CancellationToken)
                    : null;
                return new BookingCheck(conflicts, ids.Count, ConferenceMutations.Bridge(c).MaxEndpoints, alternatives);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        context.RequireConferenceStaff(JusticeScopes.ConferencesRead);
        return await context.Db().Set<Meeting>().AsNoTracking().Include(m => m.Participations).Include(m => m.Attachments).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, context.CancellationToken);
    }
}

public sealed class ConferenceEndpointNodeResolver : INodeResolver
{
    public string TypeName => "ConferenceEndpoint";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        context.RequireConferenceStaff(JusticeScopes.ConferencesRead);
        return await context.Db().Set<ConferenceEndpoint>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, context.CancellationToken);
    }
}
