using Justice.Domain.Common;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.PortalContent;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Conferences;

/// <summary>
/// The 72 endpoints (nine Ministry rooms in Hà Nội and one point at each of the 63 former provincial Departments of
/// Justice, which the 34 merged Departments kept) and ~40 meetings in the weeks around the reference date, booked
/// through <see cref="MeetingScheduler"/> so none overlaps.
/// </summary>
public sealed class ConferencesDemoData : IDemoDataContributor
{
    public int Order => 600;
    public string Area => "Conferences";

    private static readonly (string Code, string Name, string OrganisationCode)[] MinistryRooms =
    [
        ("BTP-01", "Phòng họp trực tuyến trụ sở Bộ – 60 Trần Phú", "BTP"),
        ("BTP-02", "Hội trường lớn trụ sở Bộ – 60 Trần Phú", "BTP"),
        ("BTP-03", "Phòng họp tầng 2 nhà A – 60 Trần Phú", "BTP"),
        ("BTP-04", "Phòng họp Văn phòng Bộ – 60 Trần Phú", "VPBTP"),
        ("BTP-05", "Phòng họp Vụ Kế hoạch – Tài chính – 60 Trần Phú", "VKHTC"),
        ("BTP-06", "Phòng họp Cục Hộ tịch, quốc tịch, chứng thực – 60 Trần Phú", "CHTQTCT"),
        ("BTP-07", "Phòng họp Cục Quản lý thi hành án dân sự – 60 Trần Phú", "CQLTHADS"),
        ("BTP-08", "Phòng họp Cục Công nghệ thông tin – 60 Trần Phú", "CCNTT"),
        ("BTP-09", "Phòng họp Trung tâm Lý lịch tư pháp quốc gia", "TTLLTPQG"),
    ];

    private static readonly string[] NationalTitles =
    [
        "Hội nghị trực tuyến toàn quốc triển khai nhiệm vụ công tác tư pháp",
        "Hội nghị trực tuyến sơ kết công tác thi hành án dân sự",
        "Hội nghị trực tuyến phổ biến các luật, nghị quyết mới được Quốc hội thông qua",
        "Giao ban trực tuyến Bộ Tư pháp với Sở Tư pháp các tỉnh, thành phố",
        "Hội nghị trực tuyến triển khai Đề án 06 trong lĩnh vực tư pháp",
    ];

    private static readonly string[] RegionalTitles =
    [
        "Tập huấn nghiệp vụ đăng ký, quản lý hộ tịch",
        "Tập huấn chế độ báo cáo thống kê ngành Tư pháp",
        "Tập huấn sử dụng Hệ thống thông tin lý lịch tư pháp",
        "Tập huấn nghiệp vụ chứng thực điện tử",
        "Tập huấn đăng tải thông báo trên Cổng Đấu giá tài sản quốc gia",
    ];

    private static readonly string[] WorkingTitles =
    [
        "Họp trực tuyến về tiến độ số hóa dữ liệu hộ tịch",
        "Làm việc trực tuyến về kết quả kiểm tra công tác tư pháp",
        "Họp chuyên đề về đấu giá tài sản trực tuyến",
        "Họp xử lý vướng mắc kết nối Hệ thống đăng ký, quản lý hộ tịch",
        "Họp trực tuyến rà soát số liệu thống kê kỳ báo cáo",
        "Họp trực tuyến về cấp Phiếu lý lịch tư pháp qua VNeID",
    ];

    private static readonly string[] Chairs =
        ["Bộ trưởng Bộ Tư pháp", "Thứ trưởng Bộ Tư pháp", "Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực", "Vụ trưởng Vụ Kế hoạch – Tài chính", "Chánh Văn phòng Bộ"];

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var provinceUnits = await db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.Level == AdministrativeLevel.Province).OrderBy(u => u.Code).ThenBy(u => u.ValidFrom).ToListAsync(cancellationToken);
        var current = provinceUnits.Where(u => u.ValidTo == null).ToDictionary(u => u.Id);
        var hanoi = current.Values.FirstOrDefault(u => u.Code == "01");
        if (hanoi is null) return;
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Code != null && (o.Kind == OrganisationKind.ProvincialJusticeDepartment || o.Kind == OrganisationKind.MinistryOfJusticeUnit || o.Kind == OrganisationKind.Ministry))
            .OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var organisationByCode = organisations.GroupBy(o => o.Code!).ToDictionary(g => g.Key, g => g.First().Id);

        var endpoints = new List<ConferenceEndpoint>();
        var rooms = new List<ConferenceEndpoint>();
        foreach (var (code, name, organisationCode) in MinistryRooms)
        {
            var contact = DemoPeople.PersonName(context.Random);
            var room = new ConferenceEndpoint(code, name, hanoi.Id, contact, Phone(context),
                $"{DemoPeople.MailboxName(contact, 0)}@moj.gov.vn", organisationByCode.GetValueOrDefault(organisationCode),
                name.Contains("60 Trần Phú", StringComparison.Ordinal) ? "60 Trần Phú, phường Ba Đình, thành phố Hà Nội" : "Hà Nội");
            rooms.Add(room);
        }
        endpoints.AddRange(rooms);

        var former = provinceUnits.Where(u => u.ValidTo != null && u.SuccessorId is { } s && current.ContainsKey(s)).ToList();
        var pointsByProvince = new Dictionary<Guid, List<ConferenceEndpoint>>();
        foreach (var old in former)
        {
            var province = current[old.SuccessorId!.Value];
            var siblings = former.Count(f => f.SuccessorId == province.Id);
            var place = Place(province.Name);
            var name = siblings == 1 ? $"Điểm cầu Sở Tư pháp {place}"
                : old.Code == province.Code ? $"Điểm cầu Sở Tư pháp {place} – trụ sở chính"
                : $"Điểm cầu Sở Tư pháp {place} – cơ sở {ShortName(old.Name)} (cũ)";
            var contact = DemoPeople.PersonName(context.Random);
            var domain = Slug.From(ShortName(province.Name)).Replace("-", "", StringComparison.Ordinal);
            var point = new ConferenceEndpoint($"STP-{old.Code}", name, province.Id, contact, Phone(context),
                $"{DemoPeople.MailboxName(contact, 0)}.stp@{domain}.gov.vn", organisationByCode.GetValueOrDefault($"STP{province.Code}"));
            endpoints.Add(point);
            if (!pointsByProvince.TryGetValue(province.Id, out var list)) pointsByProvince[province.Id] = list = [];
            list.Add(point);
        }

        var meetings = ScheduleMeetings(context, rooms, pointsByProvince, current);
        SetEndpointStatuses(context, endpoints, meetings);
        db.AddRange(endpoints);
        db.AddRange(meetings);
    }

    private static List<Meeting> ScheduleMeetings(DemoDataContext context, List<ConferenceEndpoint> rooms,
        Dictionary<Guid, List<ConferenceEndpoint>> pointsByProvince, Dictionary<Guid, AdministrativeUnit> provinces)
    {
        var scheduler = new MeetingScheduler(ConferenceBridgeOptions.Default);
        var random = context.Random;
        var allPoints = pointsByProvince.Values.SelectMany(p => p).ToList();
        var provinceIds = pointsByProvince.Keys.OrderBy(id => provinces[id].Code).ToList();
        var meetings = new List<Meeting>();

        // What to hold, most endpoints first so the big meetings find free slots.
        var plan = new List<(string Title, ConferenceEndpoint Host, List<ConferenceEndpoint> Participants, int Minutes, string Chair)>();
        foreach (var title in NationalTitles)
            plan.Add((title, rooms[random.Next(2)], [.. allPoints, rooms[2 + random.Next(rooms.Count - 2)]], 150 + 30 * random.Next(3), Chairs[random.Next(2)]));
        foreach (var i in Enumerable.Range(0, 10))
        {
            var region = i % 3;
            var slice = provinceIds.Skip(region * provinceIds.Count / 3).Take(provinceIds.Count / 3 + 1).SelectMany(id => pointsByProvince[id]).ToList();
            var regionName = region switch { 0 => "khu vực phía Bắc", 1 => "khu vực miền Trung – Tây Nguyên", _ => "khu vực phía Nam" };
            plan.Add(($"{context.Pick(RegionalTitles)} {regionName}", rooms[2 + random.Next(rooms.Count - 2)], slice, 120 + 30 * random.Next(3), Chairs[2 + random.Next(3)]));
        }
        foreach (var _ in Enumerable.Range(0, 15))
        {
            var participants = Enumerable.Range(0, 2 + random.Next(4)).Select(_ => context.Pick(allPoints)).Distinct().ToList();
            plan.Add((context.Pick(WorkingTitles), rooms[3 + random.Next(rooms.Count - 3)], participants, 60 + 30 * random.Next(3), Chairs[1 + random.Next(4)]));
        }
        foreach (var provinceId in provinceIds.Where(id => pointsByProvince[id].Count > 1).OrderBy(_ => random.Next()).Take(12))
        {
            var points = pointsByProvince[provinceId];
            var place = Place(provinces[provinceId].Name);
            plan.Add(($"Hội nghị triển khai công tác tư pháp {place}", points[0], [.. points.Skip(1)], 90 + 30 * random.Next(3), $"Giám đốc Sở Tư pháp {place}"));
        }

        var number = 0;
        foreach (var (title, host, participants, minutes, chair) in plan)
        {
            for (var attempt = 0; attempt < 25; attempt++)
            {
                var day = context.ReferenceDate.AddDays(random.Next(-28, 22));
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
                var start = VietnamTime.ToUtc(day, random.Next(2) == 0 ? new TimeOnly(8, 0) : new TimeOnly(14, 0));
                var end = start.AddMinutes(minutes);
                var endpointIds = participants.Select(p => p.Id).Append(host.Id);
                if (MeetingScheduler.FindConflicts(Guid.Empty, endpointIds, start, end, meetings).Count > 0) continue;

                var meeting = scheduler.Schedule(title, host, participants, start, end, chair,
                    "1. Khai mạc, giới thiệu đại biểu\n2. Báo cáo kết quả và nhiệm vụ trọng tâm\n3. Ý kiến của các điểm cầu\n4. Kết luận của chủ trì", meetings);
                number++;
                meeting.AddAttachment("Tài liệu hội nghị", $"https://moj.gov.vn/tai-lieu-hop/{day:yyyyMMdd}-{number:D2}.pdf");
                Advance(meeting, context);
                meetings.Add(meeting);
                break;
            }
        }
        return meetings;
    }

    private static void Advance(Meeting meeting, DemoDataContext context)
    {
        var now = context.ReferenceInstant;
        var cancel = context.Random.Next(12) == 0;
        if (cancel && meeting.Start > now.AddDays(-20))
        {
            var when = meeting.Start.AddDays(-1) < now ? meeting.Start.AddDays(-1) : now.AddHours(-2);
            meeting.Cancel("Điều chỉnh lịch công tác của lãnh đạo chủ trì.", when);
            return;
        }
        if (meeting.Start > now) return;
        meeting.GoLive(meeting.Start.AddMinutes(-5));
        if (meeting.End <= now) meeting.Finish(meeting.End.AddMinutes(-context.Random.Next(20)));
    }

    private static void SetEndpointStatuses(DemoDataContext context, List<ConferenceEndpoint> endpoints, List<Meeting> meetings)
    {
        var live = meetings.Where(m => m.Status == MeetingStatus.Live).SelectMany(m => m.EndpointIds).ToHashSet();
        foreach (var endpoint in endpoints.Where(e => live.Contains(e.Id))) endpoint.ChangeStatus(EndpointStatus.InUse);
        var idle = endpoints.Where(e => !live.Contains(e.Id) && e.Code.StartsWith("STP-", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < 4 && idle.Count > 0; i++)
        {
            var endpoint = idle[context.Random.Next(idle.Count)];
            idle.Remove(endpoint);
            endpoint.ChangeStatus(i < 2 ? EndpointStatus.Fault : EndpointStatus.Maintenance);
        }
    }

    private static string Phone(DemoDataContext context) =>
        $"09{context.Random.Next(10)}{context.Random.Next(10)} {context.Random.Next(100, 1000)} {context.Random.Next(100, 1000)}";

    private static string ShortName(string name) => name.StartsWith("Thành phố ", StringComparison.Ordinal) ? name["Thành phố ".Length..] : name;

    private static string Place(string name) => AdministrativeUnit.ProvinceInSentence(name);
}
