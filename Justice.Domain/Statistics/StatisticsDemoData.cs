using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Statistics;

/// <summary>
/// The sector's reporting chain (communes → provincial Departments of Justice → the Ministry's Department of
/// Planning and Finance), six forms of Circular 03/2019/TT-BTP, the periods of the last two years and reports
/// in every state of the workflow, with figures in proportion to each province's size.
/// </summary>
public sealed class StatisticsDemoData : IDemoDataContributor
{
    public int Order => 400;
    public string Area => "Statistics";

    internal const string PlanningAndFinanceCode = "VKHTC";
    private const int SampledCommunesPerProvince = 1;

    private static readonly string[] ReturnRemarks =
    [
        "Tổng số chưa khớp với số liệu chi tiết theo giới tính, đề nghị kiểm tra lại.",
        "Số liệu đăng ký quá hạn tăng bất thường so với cùng kỳ năm trước, đề nghị rà soát và giải trình.",
        "Đề nghị bổ sung số liệu của các đơn vị cấp xã còn thiếu trước khi gửi lại.",
        "Số liệu chưa thống nhất với dữ liệu trên Hệ thống đăng ký, quản lý hộ tịch, đề nghị đối chiếu.",
        "Biểu mẫu chưa ghi rõ số liệu ước tính của tháng cuối kỳ, đề nghị hoàn thiện.",
    ];

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Code == PlanningAndFinanceCode || o.Kind == OrganisationKind.ProvincialJusticeDepartment
                        || o.Kind == OrganisationKind.CommunePeoplesCommittee)
            .OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var provinceCodes = await db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.Level == AdministrativeLevel.Province && u.ValidTo == null)
            .ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        var planning = organisations.SingleOrDefault(o => o.Code == PlanningAndFinanceCode);
        if (planning is null) return;

        var random = context.Random;
        var top = new ReportingUnit(planning.Id, ReportingLevel.MinistryOfJustice, null);
        var units = new List<ReportingUnit> { top };
        var provinces = new List<(ReportingUnit Unit, double Population)>();
        var communes = new List<(ReportingUnit Unit, double Population)>();
        var provinceUnitByOrganisation = new Dictionary<Guid, ReportingUnit>();
        foreach (var department in organisations.Where(o => o.Kind == OrganisationKind.ProvincialJusticeDepartment))
        {
            var unit = new ReportingUnit(department.Id, ReportingLevel.Province, top);
            units.Add(unit);
            provinceUnitByOrganisation[department.Id] = unit;
            provinces.Add((unit, ProvincePopulation(department.AdministrativeUnitId is { } id ? provinceCodes.GetValueOrDefault(id) : null, random)));
        }
        foreach (var group in organisations.Where(o => o.Kind == OrganisationKind.CommunePeoplesCommittee && o.ParentId is not null)
                     .GroupBy(o => o.ParentId!.Value))
        {
            if (!provinceUnitByOrganisation.TryGetValue(group.Key, out var province)) continue;
            var sampled = 0;
            foreach (var commune in group)
            {
                var unit = new ReportingUnit(commune.Id, ReportingLevel.Commune, province);
                units.Add(unit);
                if (sampled++ < SampledCommunesPerProvince) communes.Add((unit, 12_000 + random.Next(38_000)));
            }
        }

        var forms = Forms();
        var communeForms = forms.Take(3).ToList();
        var periods = new List<ReportingPeriod>();
        foreach (var year in new[] { context.ReferenceDate.Year - 1, context.ReferenceDate.Year })
            foreach (var kind in Enum.GetValues<ReportingPeriodKind>())
                periods.Add(ReportingPeriod.For(kind, year, ReportingCalendar.Default));

        var reports = new List<StatisticalReport>();
        // Units start filling a report in the last month before its figures close; later periods have no reports yet.
        foreach (var period in periods.Where(p => p.ActualDataUntil.AddMonths(-1) <= context.ReferenceDate))
        {
            foreach (var (unit, population) in provinces)
                foreach (var form in forms)
                    AddReport(reports, unit, form, period, population, context);
            foreach (var (unit, population) in communes)
                foreach (var form in communeForms)
                    AddReport(reports, unit, form, period, population, context);
        }

        db.AddRange(units);
        db.AddRange(forms);
        db.AddRange(periods);
        db.AddRange(reports);
    }

    private static void AddReport(List<StatisticalReport> reports, ReportingUnit unit, StatisticalForm form, ReportingPeriod period,
        double population, DemoDataContext context)
    {
        var random = context.Random;
        var today = context.ReferenceDate;
        var roll = random.NextDouble();
        var daysPastDue = today.DayNumber - period.DueDate.DayNumber;
        // Before the due date many units have not opened their report yet.
        if (daysPastDue < 0 && roll < 0.35) return;

        var opened = Max(period.ActualDataUntil.AddDays(1), period.DueDate.AddDays(-12));
        if (opened > today) opened = today;
        var report = new StatisticalReport(unit, form, period, At(opened, 8));
        foreach (var (row, column, value) in Figures(form.Code, population * PeriodShare(period), random))
            report.SetValue(form, row, column, value);
        reports.Add(report);

        var submitted = Min(period.DueDate.AddDays(-random.Next(0, 8)), today);
        if (submitted < opened) submitted = opened;
        var reviewed = Min(submitted.AddDays(1 + random.Next(7)), today);
        if (daysPastDue < 0)
        {
            if (roll > 0.85) report.Submit(unit.Id, At(submitted, 10));
        }
        else if (daysPastDue <= 45)
        {
            if (roll < 0.15) return; // late: still a draft
            report.Submit(unit.Id, At(submitted, 10));
            if (roll < 0.30) report.Return(report.RecipientUnitId, context.Pick(ReturnRemarks), At(reviewed, 15));
            else if (roll < 0.70) report.Approve(report.RecipientUnitId, At(reviewed, 15));
        }
        else
        {
            report.Submit(unit.Id, At(submitted, 10));
            if (roll < 0.03) return; // still waiting for review
            if (roll < 0.06)
            {
                report.Return(report.RecipientUnitId, context.Pick(ReturnRemarks), At(reviewed, 14));
                return; // still being corrected
            }
            if (roll < 0.15)
            {
                report.Return(report.RecipientUnitId, context.Pick(ReturnRemarks), At(reviewed, 14));
                reviewed = Min(reviewed.AddDays(3), today);
                report.Submit(unit.Id, At(reviewed, 9));
            }
            report.Approve(report.RecipientUnitId, At(Min(reviewed.AddDays(1), today), 16));
        }
    }

    /// <summary>Share of a year's events a period's report counts.</summary>
    private static double PeriodShare(ReportingPeriod period) => period.Kind == ReportingPeriodKind.SixMonth ? 0.5 : 1.0;

    /// <summary>Yearly events per inhabitant at each form's scale: births ~1.5 %, marriages ~0.7 %, deaths ~0.6 %.</summary>
    private static IEnumerable<(string Row, string Column, long Value)> Figures(string formCode, double population, Random random)
    {
        long Around(double mean) => Math.Max(0, (long)Math.Round(mean * (0.85 + random.NextDouble() * 0.3)));

        IEnumerable<(string, string, long)> BySex(string row, long total)
        {
            var male = (long)Math.Round(total * (0.50 + random.NextDouble() * 0.04));
            return [(row, "1", total), (row, "2", male), (row, "3", total - male)];
        }

        switch (formCode)
        {
            case "01a/BTP/HT":
                return [.. BySex("1", Around(population * 0.0135)), .. BySex("2", Around(population * 0.0012)), .. BySex("3", Around(population * 0.0003))];
            case "02a/BTP/HT":
                var domestic = Around(population * 0.0068);
                var foreign = Around(population * 0.0002);
                return [("1", "1", domestic), ("1", "2", Around(domestic * 0.92)), ("2", "1", foreign), ("2", "2", Around(foreign * 0.8)), ("3", "1", Around(population * 0.0001)), ("3", "2", 0)];
            case "03a/BTP/HT":
                return [.. BySex("1", Around(population * 0.0052)), .. BySex("2", Around(population * 0.0008))];
            case "05a/BTP/LLTP":
                var requests1 = Around(population * 0.0035);
                var requests2 = Around(population * 0.0006);
                return
                [
                    ("1", "1", requests1), ("1", "2", (long)(requests1 * 0.97)), ("1", "3", (long)(requests1 * 0.41)), ("1", "4", Around(requests1 * 0.002)),
                    ("2", "1", requests2), ("2", "2", (long)(requests2 * 0.96)), ("2", "3", (long)(requests2 * 0.22)), ("2", "4", Around(requests2 * 0.003)),
                ];
            case "07a/BTP/BTTP/ĐG":
                return new[] { ("1", 0.00012), ("2", 0.00008), ("3", 0.00005), ("4", 0.00003) }.SelectMany(r =>
                {
                    var notices = Around(population * r.Item2);
                    return new[] { (r.Item1, "1", Around(notices * 0.4)), (r.Item1, "2", notices), (r.Item1, "3", (long)(notices * 0.62)) };
                });
            default: // 11a/BTP/THADS
                var carried = Around(population * 0.0022);
                var received = Around(population * 0.0034);
                var total = carried + received;
                var withConditions = (long)(total * 0.78);
                var completed = (long)(withConditions * 0.72);
                var postponed = (long)(withConditions * 0.02);
                var suspended = (long)(withConditions * 0.01);
                return
                [
                    ("1", "1", total), ("1.1", "1", carried), ("1.2", "1", received), ("2", "1", withConditions),
                    ("2.1", "1", completed), ("2.2", "1", withConditions - completed - postponed - suspended),
                    ("2.3", "1", postponed), ("2.4", "1", suspended), ("3", "1", total - withConditions),
                ];
        }
    }

    internal static List<StatisticalForm> Forms()
    {
        (string, string)[] bySex = [("1", "Tổng số"), ("2", "Nam"), ("3", "Nữ")];
        return
        [
            new("01a/BTP/HT", "Số trường hợp đăng ký khai sinh",
                [("1", "Đăng ký khai sinh đúng hạn"), ("2", "Đăng ký khai sinh quá hạn"), ("3", "Đăng ký lại khai sinh")], bySex,
                unitOfMeasure: "Trường hợp"),
            new("02a/BTP/HT", "Số trường hợp đăng ký kết hôn",
                [("1", "Kết hôn giữa công dân Việt Nam với nhau ở trong nước"), ("2", "Kết hôn có yếu tố nước ngoài"), ("3", "Đăng ký lại kết hôn")],
                [("1", "Tổng số cặp"), ("2", "Trong đó: kết hôn lần đầu")], unitOfMeasure: "Cặp"),
            new("03a/BTP/HT", "Số trường hợp đăng ký khai tử",
                [("1", "Đăng ký khai tử đúng hạn"), ("2", "Đăng ký khai tử quá hạn")], bySex, unitOfMeasure: "Trường hợp"),
            new("05a/BTP/LLTP", "Kết quả cấp Phiếu lý lịch tư pháp",
                [("1", "Phiếu lý lịch tư pháp số 1"), ("2", "Phiếu lý lịch tư pháp số 2")],
                [("1", "Số yêu cầu đã tiếp nhận"), ("2", "Số Phiếu đã cấp"), ("3", "Trong đó: cấp qua dịch vụ công trực tuyến"), ("4", "Số trường hợp từ chối cấp")],
                unitOfMeasure: "Phiếu"),
            new("07a/BTP/BTTP/ĐG", "Thông báo đấu giá tài sản và kết quả đấu giá",
                [("1", "Quyền sử dụng đất"), ("2", "Tài sản thi hành án"), ("3", "Tài sản công"), ("4", "Tài sản khác")],
                [("1", "Thông báo lựa chọn tổ chức đấu giá"), ("2", "Thông báo công khai việc đấu giá"), ("3", "Cuộc đấu giá thành")],
                unitOfMeasure: "Việc"),
            new("11a/BTP/THADS", "Kết quả thi hành án dân sự tính bằng việc",
                [
                    ("1", "Tổng số thụ lý"), ("1.1", "Số năm trước chuyển sang"), ("1.2", "Số mới thụ lý"),
                    ("2", "Số có điều kiện thi hành"), ("2.1", "Thi hành xong"), ("2.2", "Đang thi hành"), ("2.3", "Hoãn thi hành án"),
                    ("2.4", "Đình chỉ thi hành án"), ("3", "Số chưa có điều kiện thi hành"),
                ],
                [("1", "Số việc")], unitOfMeasure: "Việc"),
        ];
    }

    /// <summary>Rough population of each of the 34 provinces since 07/2025: the two big cities, then the rest.</summary>
    private static double ProvincePopulation(string? provinceCode, Random random) => provinceCode switch
    {
        "79" => 14_000_000,
        "01" => 8_700_000,
        _ => 1_200_000 + random.Next(3_800_000),
    };

    // Vietnam keeps UTC+7 all year; demo events happen in office hours, local time.
    private static DateTime At(DateOnly day, int localHour) => day.ToDateTime(new TimeOnly(localHour - 7, 0), DateTimeKind.Utc);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
