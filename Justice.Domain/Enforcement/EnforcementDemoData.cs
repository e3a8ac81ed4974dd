using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Enforcement;

/// <summary>
/// Enforcement case files in every province's enforcement office: bank debts, compensation, court fees,
/// land handovers; at every stage of the workflow, with the sums collected so far. About a fifth of the
/// debtors are found without conditions to enforce and so appear on the public list.
/// </summary>
public sealed class EnforcementDemoData : IDemoDataContributor
{
    public int Order => 310;
    public string Area => "Enforcement";

    private static readonly string[] Banks =
    [
        "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
        "Ngân hàng TMCP Công Thương Việt Nam", "Ngân hàng TMCP Sài Gòn – Hà Nội", "Ngân hàng TMCP Quốc tế Việt Nam",
    ];

    private static readonly (string Code, string Kind)[] JudgmentKinds =
        [("DS-ST", "dân sự"), ("DS-PT", "dân sự"), ("KDTM-ST", "kinh doanh thương mại"), ("HNGĐ-ST", "hôn nhân và gia đình"), ("HS-ST", "hình sự")];

    private static readonly string[] NoConditionsFindings =
    [
        "Người phải thi hành án không có thu nhập, không có tài sản để thi hành án",
        "Người phải thi hành án không có tài sản hoặc tài sản chỉ đủ chi phí cưỡng chế",
        "Chưa xác định được địa chỉ, nơi cư trú của người phải thi hành án",
        "Tài sản của người phải thi hành án đang bị tranh chấp, chưa thể xử lý",
    ];

    private static readonly string[] PostponementReasons =
    [
        "Người phải thi hành án ốm nặng, có xác nhận của cơ sở y tế",
        "Có yêu cầu của người có thẩm quyền kháng nghị bản án theo thủ tục giám đốc thẩm",
        "Người được thi hành án đồng ý cho người phải thi hành án hoãn thi hành án",
    ];

    private static readonly string[] SuspensionReasons =
    [
        "Tòa án thụ lý đơn yêu cầu mở thủ tục phá sản đối với người phải thi hành án",
        "Có quyết định tạm đình chỉ thi hành án của người có thẩm quyền kháng nghị giám đốc thẩm",
    ];

    private static readonly string[] TerminationReasons =
    [
        "Người được thi hành án có văn bản từ bỏ quyền thi hành án",
        "Người phải thi hành án chết không để lại di sản",
        "Bản án, quyết định bị hủy một phần hoặc toàn bộ",
    ];

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var random = context.Random;
        var today = context.ReferenceDate;
        var (provinces, communesByProvince) = DemoPeople.Units(await db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.ValidFrom >= AdministrativeUnit.Reform2025).OrderBy(u => u.Code).ToListAsync(cancellationToken));
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.EnforcementOffice || o.Kind == OrganisationKind.Court)
            .OrderBy(o => o.Code).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var offices = provinces
            .Select(p => (Province: p, Office: organisations.FirstOrDefault(o => o.Kind == OrganisationKind.EnforcementOffice && o.AdministrativeUnitId == p.Id),
                Court: organisations.FirstOrDefault(o => o.Kind == OrganisationKind.Court && o.AdministrativeUnitId == p.Id)))
            .Where(x => x.Office is not null)
            .ToList();
        if (offices.Count == 0) return;

        // A few enforcement officers per office, each with a badge number.
        var officers = offices.ToDictionary(x => x.Office!.Id, x => Enumerable.Range(1, 5)
            .Select(i => new EnforcementOfficer(DemoPeople.PersonName(random), $"{x.Province.Code}-{random.Next(100, 1000)}{i}")).ToList());
        var heads = offices.ToDictionary(x => x.Office!.Id, _ => DemoPeople.PersonName(random));
        var fileSequence = offices.ToDictionary(x => x.Office!.Id, _ => 0);

        // Grows a little with the scale, but stays small: the scale knob is for the civil registry, and these
        // aggregates go through the change tracker, whose memory grows with every case held until the save.
        var caseCount = Math.Clamp(context.Scale.CivilStatusRecords * 3 / 20, 300, 3_000);
        var cases = new List<EnforcementCase>(caseCount);
        for (var i = 0; i < caseCount; i++)
        {
            var (province, office, court) = offices[i % offices.Count];
            var communes = communesByProvince[province.Id].ToList();
            var judgmentDate = today.AddDays(-random.Next(60, 1000));
            var (kindCode, kindName) = JudgmentKinds[random.Next(JudgmentKinds.Length)];
            var courtName = court is not null && random.Next(3) == 0
                ? court.Name
                : $"Tòa án nhân dân khu vực {random.Next(1, 12)} – {DemoPeople.ProvinceDisplayName(province)}";
            var judgment = new EnforcedJudgment(courtName, $"{random.Next(1, 400):00}/{judgmentDate.Year}/{kindCode}", judgmentDate,
                courtName == court?.Name ? court.Id : null);
            var decisionDate = Min(judgmentDate.AddDays(random.Next(15, 90)), today);
            var decision = new EnforcementDecision($"{random.Next(1, 2500)}/QĐ-THADS", decisionDate,
                (random.Next(2) == 0 ? "Thủ trưởng " : "Phó Thủ trưởng ") + heads[office!.Id]);

            var (parties, obligations) = PartiesAndObligations(random, province, communes, kindName);
            var fileNumber = $"{++fileSequence[office.Id]:0000}/{decisionDate.Year}/HSTHA";
            var enforcementCase = new EnforcementCase(office, fileNumber, judgment, decision, parties, obligations, today);
            Advance(random, enforcementCase, officers[office.Id], decisionDate, today);
            cases.Add(enforcementCase);
        }
        db.AddRange(cases);
    }

    private static (List<EnforcementParty>, List<EnforcementObligation>) PartiesAndObligations(
        Random random, AdministrativeUnit province, List<AdministrativeUnit> communes, string kindName)
    {
        var parties = new List<EnforcementParty>();
        var obligations = new List<EnforcementObligation>();
        EnforcementParty Person(EnforcementPartyRole role)
        {
            var name = DemoPeople.PersonName(random, out var female);
            var id = random.Next(3) == 0 ? null : DemoPeople.PersonalIdNumber(random, province, female, 1955 + random.Next(45));
            return new EnforcementParty(role, EnforcementPartyKind.Person, name, DemoPeople.Address(random, province, communes), id);
        }

        var debtorIsCompany = kindName == "kinh doanh thương mại" && random.Next(2) == 0;
        parties.Add(debtorIsCompany
            ? new EnforcementParty(EnforcementPartyRole.Debtor, EnforcementPartyKind.Organisation, DemoPeople.CompanyName(random), DemoPeople.Address(random, province, communes))
            : Person(EnforcementPartyRole.Debtor));

        switch (kindName)
        {
            case "kinh doanh thương mại":
                var bank = $"{Banks[random.Next(Banks.Length)]} – Chi nhánh {DemoPeople.ProvinceDisplayName(province)}";
                parties.Add(new EnforcementParty(EnforcementPartyRole.Creditor, EnforcementPartyKind.Organisation, bank, DemoPeople.Address(random, province, communes)));
                obligations.Add(new EnforcementObligation(EnforcementObligationKind.PayMoney,
                    $"Trả nợ gốc và lãi theo hợp đồng tín dụng số {random.Next(100, 9999)}/HĐTD", DemoPeople.RoundPrice(200_000_000 + random.NextDouble() * 4_800_000_000)));
                break;
            case "hình sự":
                parties.Add(Person(EnforcementPartyRole.Creditor));
                obligations.Add(new EnforcementObligation(EnforcementObligationKind.PayMoney,
                    "Bồi thường thiệt hại cho người bị hại", DemoPeople.RoundPrice(10_000_000 + random.NextDouble() * 290_000_000)));
                break;
            case "hôn nhân và gia đình":
                parties.Add(Person(EnforcementPartyRole.Creditor));
                obligations.Add(random.Next(2) == 0
                    ? new EnforcementObligation(EnforcementObligationKind.PayMoney, "Cấp dưỡng nuôi con chung (số tiền cấp dưỡng còn nợ)",
                        DemoPeople.RoundPrice(12_000_000 + random.NextDouble() * 60_000_000))
                    : new EnforcementObligation(EnforcementObligationKind.PayMoney, "Thanh toán giá trị tài sản chung được chia",
                        DemoPeople.RoundPrice(100_000_000 + random.NextDouble() * 900_000_000)));
                break;
            default:
                parties.Add(Person(EnforcementPartyRole.Creditor));
                obligations.Add(new EnforcementObligation(EnforcementObligationKind.PayMoney, "Trả tiền vay theo giấy vay nợ",
                    DemoPeople.RoundPrice(30_000_000 + random.NextDouble() * 1_200_000_000)));
                if (random.Next(4) == 0)
                    obligations.Add(new EnforcementObligation(EnforcementObligationKind.HandOverAsset,
                        $"Giao trả quyền sử dụng đất diện tích {random.Next(40, 400)} m² tại thửa đất số {random.Next(1, 900)}, tờ bản đồ số {random.Next(1, 60)}"));
                else if (random.Next(6) == 0)
                    obligations.Add(new EnforcementObligation(EnforcementObligationKind.PerformAct,
                        "Tháo dỡ công trình xây dựng lấn chiếm, trả lại hiện trạng ban đầu của lối đi chung"));
                break;
        }
        // Court fees (án phí) are enforced in the same file.
        if (random.Next(2) == 0)
            obligations.Add(new EnforcementObligation(EnforcementObligationKind.PayMoney, $"Án phí {kindName} sơ thẩm",
                DemoPeople.RoundPrice(300_000 + random.NextDouble() * 20_000_000)));
        return (parties, obligations);
    }

    /// <summary>Walks a case forward to one of the statuses, in date order, never past <paramref name="today"/>.</summary>
    private static void Advance(Random random, EnforcementCase c, List<EnforcementOfficer> officers, DateOnly accepted, DateOnly today)
    {
        var r = random.NextDouble();
        var day = accepted;
        DateOnly Next(int maxDays) => day = Min(day.AddDays(random.Next(1, maxDays)), today);

        if (r < 0.12) return; // still in the voluntary period
        if (r < 0.16)
        {
            // Paid in full voluntarily.
            c.RecordPayment(Next(30), c.OutstandingAmount, today, Receipt(random));
            foreach (var obligation in c.Obligations.Where(o => o.Kind != EnforcementObligationKind.PayMoney).ToList())
                c.MarkObligationFulfilled(obligation.Id, Next(10));
            return;
        }
        c.AssignOfficer(officers[random.Next(officers.Count)]);
        c.StartEnforcement(Next(30));
        if (random.Next(2) == 0)
            c.RecordPayment(Next(60), Math.Max(1, c.OutstandingAmount / (2 + random.Next(4)) / 100_000 * 100_000), today, Receipt(random));

        if (r < 0.48) return; // being enforced
        if (r < 0.70) { c.DeclareNoConditionsToEnforce(NoConditionsFindings[random.Next(NoConditionsFindings.Length)], Next(90)); return; }
        if (r < 0.75) { c.Postpone(PostponementReasons[random.Next(PostponementReasons.Length)], Next(60)); return; }
        if (r < 0.78) { c.Suspend(SuspensionReasons[random.Next(SuspensionReasons.Length)], Next(60)); return; }
        if (r < 0.83) { c.Terminate(TerminationReasons[random.Next(TerminationReasons.Length)], Next(120)); return; }
        // Completed: the rest collected in one or two instalments, other obligations fulfilled.
        if (random.Next(2) == 0 && c.OutstandingAmount > 1)
            c.RecordPayment(Next(60), c.OutstandingAmount / 2, today, Receipt(random));
        foreach (var obligation in c.Obligations.Where(o => o.Kind != EnforcementObligationKind.PayMoney).ToList())
            c.MarkObligationFulfilled(obligation.Id, Next(30));
        if (c.OutstandingAmount > 0)
            c.RecordPayment(Next(60), c.OutstandingAmount, today, Receipt(random));
    }

    private static string Receipt(Random random) => $"{random.Next(1, 99999):00000}/BL-THA";

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
