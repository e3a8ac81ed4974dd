using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Conferences;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Justice.Domain.Tests.Conferences;

public sealed class ConferencesPersistenceTests
{
    private static readonly DateTime Eight = ConferenceTestData.Eight;

    [Theory, BothProviders]
    public async Task Endpoints_and_meetings_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var hanoi = new AdministrativeUnit("01", "Thành phố Hà Nội", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);
        var host = ConferenceTestData.Endpoint("BTP-01", "Phòng họp trực tuyến trụ sở Bộ – 60 Trần Phú", hanoi.Id);
        var point = ConferenceTestData.Endpoint("STP-01", "Điểm cầu Sở Tư pháp thành phố Hà Nội", hanoi.Id);
        var extra = ConferenceTestData.Endpoint("BTP-02", "Hội trường lớn trụ sở Bộ – 60 Trần Phú", hanoi.Id);
        var meeting = ConferenceTestData.Scheduler().Schedule("Giao ban trực tuyến", host, [point], Eight, Eight.AddHours(2),
            "Thứ trưởng Bộ Tư pháp", "1. Khai mạc\n2. Thảo luận", []);
        meeting.AddAttachment("Báo cáo", "https://moj.gov.vn/bao-cao.pdf");
        await using (var db = database.NewContext())
        {
            db.AddRange(hanoi, host, point, extra, meeting);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loaded = await db.Set<Meeting>().Include(m => m.Participations).Include(m => m.Attachments).SingleAsync();
            Assert.Equal(("Giao ban trực tuyến", Eight, Eight.AddHours(2), "1. Khai mạc\n2. Thảo luận"), (loaded.Title, loaded.Start, loaded.End, loaded.Agenda));
            Assert.Equal(DateTimeKind.Utc, loaded.Start.Kind);
            Assert.Equal(new[] { host.Id, point.Id }.Order(), loaded.EndpointIds.Order());
            Assert.Single(loaded.Attachments);
            var endpoints = await db.Set<ConferenceEndpoint>().ToListAsync();
            ConferenceTestData.Scheduler().AddEndpoints(loaded, [endpoints.Single(e => e.Code == "BTP-02")], []);
            loaded.RemoveEndpoint(point.Id);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loaded = await db.Set<Meeting>().Include(m => m.Participations).SingleAsync();
            Assert.Equal(new[] { host.Id, extra.Id }.Order(), loaded.EndpointIds.Order());
            loaded.Cancel("Thay đổi lịch công tác", Eight.AddDays(-1));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var participations = await db.Set<MeetingParticipation>().Where(p => p.MeetingId == meeting.Id).ToListAsync();
            Assert.Equal(2, participations.Count);
            Assert.All(participations, p => Assert.True(p.IsReleased));
            Assert.Equal(MeetingStatus.Cancelled, (await db.Set<Meeting>().SingleAsync()).Status);
        }
    }

    [Theory, BothProviders]
    public async Task Conflicts_can_be_found_from_stored_participations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var hanoi = new AdministrativeUnit("01", "Thành phố Hà Nội", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);
        var host = ConferenceTestData.Endpoint("BTP-01", "Phòng họp trực tuyến trụ sở Bộ – 60 Trần Phú", hanoi.Id);
        var point = ConferenceTestData.Endpoint("STP-01", "Điểm cầu Sở Tư pháp thành phố Hà Nội", hanoi.Id);
        var other = ConferenceTestData.Endpoint("BTP-02", "Hội trường lớn", hanoi.Id);
        var scheduler = ConferenceTestData.Scheduler();
        await using (var db = database.NewContext())
        {
            db.AddRange(hanoi, host, point, other,
                scheduler.Schedule("Giao ban", host, [point], Eight, Eight.AddHours(2), "Thứ trưởng", null, []));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            // The lookup an application makes before booking: meetings holding these endpoints around that time.
            var (start, end) = (Eight.AddHours(1), Eight.AddHours(3));
            var wanted = new[] { other.Id, point.Id };
            var others = await db.Set<Meeting>().Include(m => m.Participations)
                .Where(m => m.Participations.Any(p => wanted.Contains(p.EndpointId) && !p.IsReleased && p.Start < end && start < p.End))
                .ToListAsync();
            var ex = Assert.Throws<Justice.Domain.Common.DomainException>(() =>
                scheduler.Schedule("Tập huấn", other, [point], start, end, "Cục trưởng", null, others));
            Assert.Equal("ENDPOINT_DOUBLE_BOOKED", ex.Code);
        }
    }

    [Fact]
    public async Task Demo_data_has_72_endpoints_and_meetings_without_overlap()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            var generator = new DemoDataGenerator([new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData(), new ConferencesDemoData()]);
            await generator.GenerateAsync(db, DemoScale.Demo, new DateOnly(2026, 7, 10));
        }
        await using (var db = database.NewContext())
        {
            var endpoints = await db.Set<ConferenceEndpoint>().ToListAsync();
            Assert.Equal(72, endpoints.Count);
            Assert.Equal(34, endpoints.Where(e => e.Code.StartsWith("STP-")).Select(e => e.ProvinceId).Distinct().Count());
            Assert.Contains(endpoints, e => e.Name == "Phòng họp trực tuyến trụ sở Bộ – 60 Trần Phú");
            var meetings = await db.Set<Meeting>().Include(m => m.Participations).ToListAsync();
            Assert.InRange(meetings.Count, 30, 45);
            foreach (var meeting in meetings)
                foreach (var held in meeting.Participations.Where(p => !p.IsReleased))
                    Assert.Empty(MeetingScheduler.FindConflicts(meeting.Id, [held.EndpointId], held.Start, held.End, meetings));
            Assert.Contains(meetings, m => m.Status == MeetingStatus.Ended);
            Assert.Contains(meetings, m => m.Status == MeetingStatus.Scheduled);
            Assert.Contains(meetings, m => m.EndpointCount > 60);
        }
    }
}
