using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Xunit;
using static Justice.Domain.Tests.Conferences.ConferenceTestData;

namespace Justice.Domain.Tests.Conferences;

public sealed class MeetingRevisionTests
{
    private readonly ConferenceEndpoint _host = Endpoint("BTP-01", "Trụ sở Bộ");
    private readonly ConferenceEndpoint _hue = Endpoint("HUE-01", "Sở Tư pháp Huế");
    private readonly ConferenceEndpoint _canTho = Endpoint("CTO-01", "Sở Tư pháp Cần Thơ");

    private Meeting Schedule() =>
        Scheduler().Schedule("Giao ban trực tuyến", _host, [_hue], Eight, Eight.AddHours(2), "Thứ trưởng Bộ Tư pháp", null, []);

    [Fact]
    public void A_new_meeting_is_revision_0_with_the_endpoints_it_was_scheduled_with()
    {
        var meeting = Schedule();
        Assert.Equal(2, meeting.EndpointCount);
        Assert.Equal(0, meeting.Revision);
    }

    [Fact]
    public void Every_change_the_endpoints_must_hear_of_raises_the_revision_by_one()
    {
        var meeting = Schedule();
        var scheduler = Scheduler();

        scheduler.Reschedule(meeting, Eight.AddHours(1), Eight.AddHours(3), [_host, _hue], []);
        Assert.Equal(1, meeting.Revision);
        scheduler.AddEndpoints(meeting, [_canTho], []);
        Assert.Equal(2, meeting.Revision);
        meeting.RemoveEndpoint(_hue.Id);
        Assert.Equal(3, meeting.Revision);
        meeting.Cancel("Thay đổi kế hoạch công tác.", Eight);
        Assert.Equal(4, meeting.Revision);
    }

    [Fact]
    public void A_refused_change_leaves_the_revision_alone()
    {
        var meeting = Schedule();
        Assert.Throws<DomainException>(() => meeting.RemoveEndpoint(_host.Id));
        Assert.Throws<DomainException>(() => Scheduler().Reschedule(meeting, Eight, Eight, [_host, _hue], []));
        Assert.Equal(0, meeting.Revision);
    }
}
