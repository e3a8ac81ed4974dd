using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Conferences;
using Justice.Domain.Organisations;
using Justice.GraphQL.AdministrativeUnits;
using Justice.GraphQL.Common;
using Justice.GraphQL.Organisations;

namespace Justice.GraphQL.Conferences;

public sealed class EndpointStatusGraphType : EnumerationGraphType<EndpointStatus>
{
    public EndpointStatusGraphType()
    {
        Name = "ConferenceEndpointStatus";
        Description = "Trạng thái điểm cầu: READY (sẵn sàng), IN_USE (đang họp), FAULT (sự cố), MAINTENANCE (bảo trì).";
    }
}

public sealed class MeetingStatusGraphType : EnumerationGraphType<MeetingStatus>
{
    public MeetingStatusGraphType()
    {
        Name = "MeetingStatus";
        Description = "Trạng thái cuộc họp: SCHEDULED (đã lên lịch), LIVE (đang diễn ra), ENDED (đã kết thúc), CANCELLED (đã hủy).";
    }
}

public sealed class ConferenceEndpointGraphType : NodeType<ConferenceEndpoint>
{
    public ConferenceEndpointGraphType() : base("ConferenceEndpoint", "Điểm cầu hội nghị truyền hình: phòng họp trực tuyến của Bộ hoặc của Sở Tư pháp.")
    {
        Field(e => e.Code).Description("Mã điểm cầu dùng trong cấu hình cầu hội nghị (MCU).");
        Field(e => e.Name).Description("Tên điểm cầu.");
        Field(e => e.Address, nullable: true).Description("Địa chỉ phòng họp.");
        Field<NonNullGraphType<EndpointStatusGraphType>>("status").Description("Trạng thái hiện tại.").Resolve(c => c.Source.Status);
        Field(e => e.ContactName).Description("Cán bộ kỹ thuật phụ trách.");
        Field(e => e.ContactPhone).Description("Số điện thoại cán bộ kỹ thuật.");
        Field(e => e.ContactEmail).Description("Thư điện tử cán bộ kỹ thuật (nhận thư mời họp).");
        Field<AdministrativeUnitGraphType>("province").Description("Tỉnh, thành phố nơi đặt điểm cầu.")
            .Resolve(c => c.LoadById<AdministrativeUnit>(c.Source.ProvinceId));
        Field<OrganisationGraphType>("organisation").Description("Cơ quan quản lý phòng họp.")
            .Resolve(c => c.Source.OrganisationId is { } id ? c.LoadById<Organisation>(id) : null);
    }
}

public sealed class MeetingAttachmentGraphType : ObjectGraphType<MeetingAttachment>
{
    public MeetingAttachmentGraphType()
    {
        Name = "MeetingAttachment";
        Description = "Tài liệu họp (đường dẫn).";
        Field(a => a.Title).Description("Tên tài liệu.");
        Field(a => a.Url).Description("Đường dẫn tài liệu.");
    }
}

public sealed class MeetingGraphType : NodeType<Meeting>
{
    public MeetingGraphType() : base("Meeting", "Cuộc họp trực tuyến nối điểm cầu chủ trì với các điểm cầu tham dự. Thời gian theo UTC; hiển thị theo giờ Việt Nam (UTC+7).")
    {
        Field(m => m.Title).Description("Tên cuộc họp.");
        Field<NonNullGraphType<DateTimeGraphType>>("start").Description("Bắt đầu (UTC).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateTimeGraphType>>("end").Description("Kết thúc (UTC).").Resolve(c => c.Source.End);
        Field<NonNullGraphType<DateScalar>>("day").Description("Ngày họp theo giờ Việt Nam.").Resolve(c => ConferenceChanges.LocalDay(c.Source.Start));
        Field(m => m.Chair).Description("Người chủ trì.");
        Field(m => m.Agenda, nullable: true).Description("Chương trình họp.");
        Field<NonNullGraphType<MeetingStatusGraphType>>("status").Description("Trạng thái.").Resolve(c => c.Source.Status);
        Field<DateTimeGraphType>("startedAt").Description("Thời điểm bắt đầu thực tế.").Resolve(c => c.Source.StartedAt);
        Field<DateTimeGraphType>("endedAt").Description("Thời điểm kết thúc hoặc hủy.").Resolve(c => c.Source.EndedAt);
        Field(m => m.CancellationReason, nullable: true).Description("Lý do hủy.");
        Field(m => m.Version).Description("Phiên bản (cho expectedVersion khi sửa, hủy).");
        Field<NonNullGraphType<ConferenceEndpointGraphType>>("hostEndpoint").Description("Điểm cầu chủ trì.")
            .Resolve(c => c.LoadById<ConferenceEndpoint>(c.Source.HostEndpointId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConferenceEndpointGraphType>>>>("endpoints")
            .Description("Mọi điểm cầu của cuộc họp, kể cả điểm cầu chủ trì.")
            .Resolve(c => new AllLoaded<ConferenceEndpoint>([.. c.Source.EndpointIds.Select(c.LoadById<ConferenceEndpoint>)]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingAttachmentGraphType>>>>("attachments").Description("Tài liệu họp.")
            .Resolve(c => c.Source.Attachments);
    }
}

public sealed class TimeSlotGraphType : ObjectGraphType<TimeSlot>
{
    public TimeSlotGraphType()
    {
        Name = "TimeSlot";
        Description = "Khoảng thời gian trống [start, end) (UTC).";
        Field<NonNullGraphType<DateTimeGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateTimeGraphType>>("end").Resolve(c => c.Source.End);
    }
}

public sealed class EndpointConflictGraphType : ObjectGraphType<EndpointConflict>
{
    public EndpointConflictGraphType()
    {
        Name = "EndpointConflict";
        Description = "Điểm cầu đã tham gia một cuộc họp khác trùng thời gian.";
        Field<NonNullGraphType<ConferenceEndpointGraphType>>("endpoint").Resolve(c => c.LoadById<ConferenceEndpoint>(c.Source.EndpointId));
        Field<NonNullGraphType<MeetingGraphType>>("meeting").Description("Cuộc họp đang giữ điểm cầu.")
            .Resolve(c => c.LoadById<Meeting>(c.Source.OtherMeetingId));
        Field<NonNullGraphType<DateTimeGraphType>>("start").Resolve(c => c.Source.OtherStart);
        Field<NonNullGraphType<DateTimeGraphType>>("end").Resolve(c => c.Source.OtherEnd);
    }
}

public sealed class BookingAlternativesGraphType : ObjectGraphType<BookingAlternatives>
{
    public BookingAlternativesGraphType()
    {
        Name = "BookingAlternatives";
        Description = "Gợi ý khi điểm cầu bận: các khung giờ trống của cùng các điểm cầu, các điểm cầu khác đang rảnh cùng tỉnh.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeSlotGraphType>>>>("freeSlots").Resolve(c => c.Source.FreeSlots);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConferenceEndpointGraphType>>>>("freeEndpoints").Resolve(c => c.Source.FreeEndpoints);
    }
}

/// <summary>The result of checking a booking before submitting it.</summary>
public sealed record BookingCheck(IReadOnlyList<EndpointConflict> Conflicts, int EndpointCount, int MaxEndpoints, BookingAlternatives? Alternatives);

public sealed class BookingCheckGraphType : ObjectGraphType<BookingCheck>
{
    public BookingCheckGraphType()
    {
        Name = "MeetingBookingCheck";
        Description = "Kiểm tra trước khi đặt lịch: xung đột điểm cầu, sức chứa cầu hội nghị và gợi ý thay thế.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EndpointConflictGraphType>>>>("conflicts").Resolve(c => c.Source.Conflicts);
        Field(b => b.EndpointCount).Description("Số điểm cầu của cuộc họp (kể cả chủ trì).");
        Field(b => b.MaxEndpoints).Description("Số điểm cầu tối đa cầu hội nghị kết nối được.");
        Field<NonNullGraphType<BooleanGraphType>>("bookable").Description("Đặt được ngay (không xung đột, không vượt sức chứa).")
            .Resolve(c => c.Source.Conflicts.Count == 0 && c.Source.EndpointCount <= c.Source.MaxEndpoints);
        Field<BookingAlternativesGraphType>("alternatives").Description("Gợi ý khi có xung đột.").Resolve(c => c.Source.Alternatives);
    }
}

/// <summary>A list of batched loads as one result (every key is queued before the first is awaited).</summary>
internal sealed class AllLoaded<T>(IReadOnlyList<global::GraphQL.DataLoader.IDataLoaderResult<T?>> parts) : global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<T>>
    where T : class
{
    public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var items = new List<T>(parts.Count);
        foreach (var part in parts)
            if (await part.GetResultAsync(cancellationToken) is { } item) items.Add(item);
        return items;
    }

    async Task<object?> global::GraphQL.DataLoader.IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
