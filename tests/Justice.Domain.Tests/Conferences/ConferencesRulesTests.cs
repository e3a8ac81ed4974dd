using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Xunit;

namespace Justice.Domain.Tests.Conferences;

internal static class ConferenceTestData
{
    public static readonly Guid Hanoi = Guid.NewGuid();
    // 08:00 on 10/07/2026 in Hà Nội.
    public static readonly DateTime Eight = new(2026, 7, 10, 1, 0, 0, DateTimeKind.Utc);

    public static ConferenceEndpoint Endpoint(string code, string name, Guid? provinceId = null) =>
        new(code, name, provinceId ?? Hanoi, "Phạm Quang Huy", "0912 345 678", "huypq@moj.gov.vn");

    public static MeetingScheduler Scheduler(int capacity = 72) => new(new ConferenceBridgeOptions(capacity));
}

public sealed class ConferenceEndpointTests
{
    [Fact]
    public void New_endpoint_is_ready_and_keeps_its_contact()
    {
        var endpoint = ConferenceTestData.Endpoint("BTP-01", "Phòng họp trực tuyến trụ sở Bộ – 60 Trần Phú");
        Assert.Equal(EndpointStatus.Ready, endpoint.Status);
        Assert.Equal(("Phạm Quang Huy", "0912 345 678", "huypq@moj.gov.vn"), (endpoint.ContactName, endpoint.ContactPhone, endpoint.ContactEmail));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0912 abc 678")]
    [InlineData("912345678")]
    public void Refuses_bad_phone_numbers(string phone)
    {
        var endpoint = ConferenceTestData.Endpoint("BTP-01", "Phòng họp");
        Assert.Equal("PHONE_INVALID", Assert.Throws<DomainException>(() => endpoint.ChangeTechnicalContact("Huy", phone, "huy@moj.gov.vn")).Code);
    }

    [Theory]
    [InlineData("024 6273 9999")]
    [InlineData("+84 912 345 678")]
    [InlineData("0912.345.678")]
    public void Accepts_phone_numbers_as_people_write_them(string phone)
    {
        var endpoint = ConferenceTestData.Endpoint("BTP-01", "Phòng họp");
        endpoint.ChangeTechnicalContact("Huy", phone, "huy@moj.gov.vn");
        Assert.Equal(phone, endpoint.ContactPhone);
    }

    [Fact]
    public void Refuses_a_bad_contact_email()
    {
        var endpoint = ConferenceTestData.Endpoint("BTP-01", "Phòng họp");
        Assert.Equal("EMAIL_INVALID", Assert.Throws<DomainException>(() => endpoint.ChangeTechnicalContact("Huy", "0912345678", "huy@")).Code);
    }

    [Fact]
    public void Status_follows_the_allowed_changes()
    {
        var endpoint = ConferenceTestData.Endpoint("BTP-01", "Phòng họp");
        endpoint.ChangeStatus(EndpointStatus.InUse);
        endpoint.ChangeStatus(EndpointStatus.Fault);
        Assert.Equal("ENDPOINT_STATUS_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => endpoint.ChangeStatus(EndpointStatus.InUse)).Code);
        endpoint.ChangeStatus(EndpointStatus.Maintenance);
        endpoint.ChangeStatus(EndpointStatus.Ready);
        Assert.Equal(EndpointStatus.Ready, endpoint.Status);
    }
}

public sealed class MeetingTests
{
    private readonly ConferenceEndpoint _host = ConferenceTestData.Endpoint("BTP-01", "Phòng họp trực tuyến trụ sở Bộ – 60 Trần Phú");
    private readonly ConferenceEndpoint _caoBang = ConferenceTestData.Endpoint("STP-04", "Điểm cầu Sở Tư pháp tỉnh Cao Bằng");
    private readonly ConferenceEndpoint _ninhBinh = ConferenceTestData.Endpoint("STP-37", "Điểm cầu Sở Tư pháp tỉnh Ninh Bình – trụ sở chính");
    private static readonly DateTime Eight = ConferenceTestData.Eight;

    private Meeting Schedule(MeetingScheduler scheduler, DateTime start, DateTime end, IEnumerable<Meeting> others, params ConferenceEndpoint[] participants) =>
        scheduler.Schedule("Giao ban trực tuyến", _host, participants, start, end, "Thứ trưởng Bộ Tư pháp", null, others);

    [Fact]
    public void Host_and_participants_each_hold_the_meetings_time()
    {
        var meeting = Schedule(ConferenceTestData.Scheduler(), Eight, Eight.AddHours(2), [], _caoBang, _ninhBinh, _caoBang);
        Assert.Equal(3, meeting.EndpointCount);
        Assert.Single(meeting.Participations, p => p.IsHost && p.EndpointId == _host.Id);
        Assert.All(meeting.Participations, p => Assert.Equal((meeting.Id, Eight, Eight.AddHours(2)), (p.MeetingId, p.Start, p.End)));
    }

    [Fact]
    public void End_must_follow_start_and_times_are_utc()
    {
        var scheduler = ConferenceTestData.Scheduler();
        Assert.Equal("MEETING_TIME_INVALID", Assert.Throws<DomainException>(() => Schedule(scheduler, Eight, Eight, [])).Code);
        Assert.Equal("TIME_NOT_UTC", Assert.Throws<DomainException>(() =>
            Schedule(scheduler, DateTime.SpecifyKind(Eight, DateTimeKind.Local), Eight.AddHours(1), [])).Code);
    }

    [Fact]
    public void An_endpoint_cannot_be_in_two_overlapping_meetings()
    {
        var scheduler = ConferenceTestData.Scheduler();
        var first = Schedule(scheduler, Eight, Eight.AddHours(2), [], _caoBang);
        var other = ConferenceTestData.Endpoint("BTP-02", "Hội trường lớn");
        var ex = Assert.Throws<DomainException>(() =>
            scheduler.Schedule("Tập huấn hộ tịch", other, [_ninhBinh, _caoBang], Eight.AddHours(1), Eight.AddHours(3), "Cục trưởng", null, [first]));
        Assert.Equal("ENDPOINT_DOUBLE_BOOKED", ex.Code);
        Assert.Contains("Điểm cầu Sở Tư pháp tỉnh Cao Bằng", ex.Message);
        Assert.Contains("Giao ban trực tuyến", ex.Message);
        Assert.Contains("08:00 10/07/2026", ex.Message);
    }

    [Fact]
    public void The_host_is_checked_too()
    {
        var scheduler = ConferenceTestData.Scheduler();
        var first = Schedule(scheduler, Eight, Eight.AddHours(2), [], _caoBang);
        var ex = Assert.Throws<DomainException>(() => Schedule(scheduler, Eight.AddMinutes(30), Eight.AddHours(1), [first], _ninhBinh));
        Assert.Equal("ENDPOINT_DOUBLE_BOOKED", ex.Code);
        Assert.Contains("60 Trần Phú", ex.Message);
    }

    [Fact]
    public void Back_to_back_meetings_and_cancelled_ones_do_not_conflict()
    {
        var scheduler = ConferenceTestData.Scheduler();
        var first = Schedule(scheduler, Eight, Eight.AddHours(2), [], _caoBang);
        var second = Schedule(scheduler, Eight.AddHours(2), Eight.AddHours(3), [first], _caoBang);
        Assert.Equal(MeetingStatus.Scheduled, second.Status);
        first.Cancel("Thay đổi lịch công tác", Eight.AddDays(-1));
        Assert.All(first.Participations, p => Assert.True(p.IsReleased));
        var third = Schedule(scheduler, Eight, Eight.AddHours(2), [first, second], _caoBang);
        Assert.Equal(2, third.EndpointCount);
    }

    [Fact]
    public void A_meeting_that_ended_early_frees_its_endpoints()
    {
        var scheduler = ConferenceTestData.Scheduler();
        var first = Schedule(scheduler, Eight, Eight.AddHours(3), [], _caoBang);
        first.GoLive(Eight);
        first.Finish(Eight.AddHours(1));
        Assert.All(first.Participations, p => Assert.Equal(Eight.AddHours(1), p.End));
        var next = Schedule(scheduler, Eight.AddHours(1), Eight.AddHours(2), [first], _caoBang);
        Assert.Equal(2, next.EndpointCount);
        Assert.Equal("ENDPOINT_DOUBLE_BOOKED", Assert.Throws<DomainException>(() =>
            Schedule(scheduler, Eight.AddMinutes(30), Eight.AddHours(2), [first], _ninhBinh)).Code);
    }

    [Fact]
    public void Adding_an_endpoint_later_is_checked()
    {
        var scheduler = ConferenceTestData.Scheduler();
        var busy = Schedule(scheduler, Eight, Eight.AddHours(2), [], _caoBang);
        var otherHost = ConferenceTestData.Endpoint("BTP-02", "Hội trường lớn");
        var meeting = scheduler.Schedule("Tập huấn", otherHost, [_ninhBinh], Eight.AddHours(1), Eight.AddHours(2), "Cục trưởng", null, [busy]);
        Assert.Equal("ENDPOINT_DOUBLE_BOOKED", Assert.Throws<DomainException>(() => scheduler.AddEndpoints(meeting, [_caoBang], [busy])).Code);
        Assert.False(meeting.Includes(_caoBang.Id));
    }

    [Fact]
    public void Rescheduling_is_checked_and_moves_every_participation()
    {
        var scheduler = ConferenceTestData.Scheduler();
        var afternoon = Schedule(scheduler, Eight.AddHours(6), Eight.AddHours(8), [], _caoBang);
        var otherHost = ConferenceTestData.Endpoint("BTP-02", "Hội trường lớn");
        var meeting = scheduler.Schedule("Tập huấn", otherHost, [_caoBang], Eight, Eight.AddHours(2), "Cục trưởng", null, [afternoon]);
        var ex = Assert.Throws<DomainException>(() =>
            scheduler.Reschedule(meeting, Eight.AddHours(7), Eight.AddHours(9), [otherHost, _caoBang], [afternoon]));
        Assert.Equal("ENDPOINT_DOUBLE_BOOKED", ex.Code);
        Assert.Contains("Cao Bằng", ex.Message);
        scheduler.Reschedule(meeting, Eight.AddHours(8), Eight.AddHours(9), [otherHost, _caoBang], [afternoon]);
        Assert.All(meeting.Participations, p => Assert.Equal(Eight.AddHours(8), p.Start));
    }

    [Fact]
    public void The_bridge_takes_a_configured_number_of_endpoints()
    {
        var scheduler = ConferenceTestData.Scheduler(capacity: 3);
        var meeting = Schedule(scheduler, Eight, Eight.AddHours(1), [], _caoBang, _ninhBinh);
        var fourth = ConferenceTestData.Endpoint("STP-02", "Điểm cầu Sở Tư pháp tỉnh Tuyên Quang – cơ sở Hà Giang (cũ)");
        Assert.Equal("BRIDGE_CAPACITY_EXCEEDED", Assert.Throws<DomainException>(() => scheduler.AddEndpoints(meeting, [fourth], [])).Code);
        Assert.Equal("BRIDGE_CAPACITY_EXCEEDED", Assert.Throws<DomainException>(() => Schedule(scheduler, Eight, Eight.AddHours(1), [], _caoBang, _ninhBinh, fourth)).Code);
        Assert.Equal("BRIDGE_CAPACITY_INVALID", Assert.Throws<DomainException>(() => ConferenceTestData.Scheduler(capacity: 1)).Code);
    }

    [Fact]
    public void Workflow_is_scheduled_live_ended_or_cancelled()
    {
        var scheduler = ConferenceTestData.Scheduler();
        var meeting = Schedule(scheduler, Eight, Eight.AddHours(1), [], _caoBang);
        Assert.Equal("MEETING_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => meeting.Finish(Eight)).Code);
        meeting.GoLive(Eight);
        Assert.Equal("MEETING_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => meeting.Cancel("Lý do", Eight)).Code);
        Assert.Equal("MEETING_NOT_EDITABLE", Assert.Throws<DomainException>(() => meeting.RemoveEndpoint(_caoBang.Id)).Code);
        meeting.Finish(Eight.AddHours(1));
        Assert.Equal(MeetingStatus.Ended, meeting.Status);
        Assert.Equal("MEETING_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => meeting.GoLive(Eight)).Code);
    }

    [Fact]
    public void Host_stays_and_only_participants_can_be_removed()
    {
        var meeting = Schedule(ConferenceTestData.Scheduler(), Eight, Eight.AddHours(1), [], _caoBang);
        Assert.Equal("MEETING_HOST_REQUIRED", Assert.Throws<DomainException>(() => meeting.RemoveEndpoint(_host.Id)).Code);
        Assert.Equal("MEETING_ENDPOINT_NOT_PARTICIPATING", Assert.Throws<DomainException>(() => meeting.RemoveEndpoint(_ninhBinh.Id)).Code);
        meeting.RemoveEndpoint(_caoBang.Id);
        Assert.Equal(1, meeting.EndpointCount);
    }

    [Fact]
    public void Attachments_need_web_links()
    {
        var meeting = Schedule(ConferenceTestData.Scheduler(), Eight, Eight.AddHours(1), []);
        meeting.AddAttachment("Báo cáo", "https://moj.gov.vn/tai-lieu.pdf");
        Assert.Equal("URL_INVALID", Assert.Throws<DomainException>(() => meeting.AddAttachment("Báo cáo", "tai-lieu.pdf")).Code);
        Assert.Single(meeting.Attachments);
    }
}
