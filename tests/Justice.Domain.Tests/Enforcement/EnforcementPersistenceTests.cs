using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Enforcement;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using static Justice.Domain.Tests.Enforcement.EnforcementTestData;

namespace Justice.Domain.Tests.Enforcement;

public class EnforcementPersistenceTests
{
    private static async Task<(AdministrativeUnit Province, Organisation Office)> SeedAsync(TestDatabase database)
    {
        var province = Province();
        var office = Office(province.Id);
        await using var db = database.NewContext();
        db.AddRange(province, office);
        await db.SaveChangesAsync();
        return (province, office);
    }

    private static EnforcementCase NewCase(Organisation office, string fileNumber, string debtor, IEnumerable<EnforcementObligation>? obligations = null) =>
        new(office, fileNumber, Judgment(), Decision(), [Debtor(debtor), Creditor()], obligations ?? MoneyObligations(), Today);

    [Theory, BothProviders]
    public async Task Case_round_trips_with_parties_obligations_officer_and_payments(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (province, office) = await SeedAsync(database);
        var handover = new EnforcementObligation(EnforcementObligationKind.HandOverAsset, "Giao trả quyền sử dụng đất diện tích 120 m²");
        var c = NewCase(office, "0001/2025/HSTHA", "Nguyễn Văn Hùng", [.. MoneyObligations(), handover]);
        c.AssignOfficer(Officer());
        c.StartEnforcement(DecisionDate.AddDays(20));
        c.RecordPayment(DecisionDate.AddDays(30), 50_000_000, Today, "00012/BL-THA");
        c.MarkObligationFulfilled(handover.Id, DecisionDate.AddDays(40));
        await using (var db = database.NewContext())
        {
            db.Add(c);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var stored = await read.Set<EnforcementCase>()
            .Include(x => x.Parties).Include(x => x.Obligations).Include(x => x.Payments)
            .SingleAsync(x => x.Id == c.Id);
        Assert.Equal(office.Id, stored.EnforcementOfficeId);
        Assert.Equal(province.Id, stored.ProvinceId);
        Assert.Equal("0001/2025/HSTHA", stored.FileNumber);
        Assert.Equal("25/2025/DS-ST", stored.Judgment.Number);
        Assert.Equal(JudgmentDate, stored.Judgment.Date);
        Assert.Equal("Tòa án nhân dân khu vực 1 – Thành phố Hà Nội", stored.Judgment.CourtName);
        Assert.Equal("123/QĐ-THADS", stored.Decision.Number);
        Assert.Equal(DecisionDate, stored.Decision.Date);
        Assert.Equal("Phó Thủ trưởng Trần Văn Bình", stored.Decision.IssuedBy);
        Assert.Equal("Lê Minh Tuấn", stored.Officer!.Name);
        Assert.Equal(EnforcementCaseStatus.BeingEnforced, stored.Status);
        Assert.Equal(2, stored.Parties.Count);
        var debtor = stored.Parties.Single(p => p.Role == EnforcementPartyRole.Debtor);
        Assert.Equal("001085012345", debtor.PersonalIdNumber);
        Assert.Equal("nguyen van hung", debtor.NameFolded);
        Assert.Equal(3, stored.Obligations.Count);
        Assert.Equal(DecisionDate.AddDays(40), stored.Obligations.Single(o => o.Kind == EnforcementObligationKind.HandOverAsset).FulfilledOn);
        Assert.Equal(153_750_000, stored.MoneyObligationTotal);
        var payment = Assert.Single(stored.Payments);
        Assert.Equal(50_000_000, payment.Amount);
        Assert.Equal("00012/BL-THA", payment.ReceiptNumber);
        Assert.Equal(50_000_000, stored.CollectedTotal);
    }

    [Theory, BothProviders]
    public async Task Payments_added_to_a_loaded_case_are_inserted_and_complete_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, office) = await SeedAsync(database);
        var c = NewCase(office, "0002/2025/HSTHA", "Phạm Thị Mai");
        await using (var db = database.NewContext())
        {
            db.Add(c);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loaded = await db.Set<EnforcementCase>().Include(x => x.Obligations).Include(x => x.Payments).SingleAsync(x => x.Id == c.Id);
            loaded.AssignOfficer(Officer());
            loaded.StartEnforcement(Today.AddDays(-5));
            loaded.RecordPayment(Today.AddDays(-2), 100_000_000, Today);
            loaded.RecordPayment(Today, 53_750_000, Today);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var stored = await read.Set<EnforcementCase>().Include(x => x.Payments).SingleAsync(x => x.Id == c.Id);
        Assert.Equal(EnforcementCaseStatus.Completed, stored.Status);
        Assert.Equal(2, stored.Payments.Count);
        Assert.Equal(153_750_000, stored.Payments.Sum(p => p.Amount));
        Assert.Equal(1, stored.Version);
    }

    [Theory, BothProviders]
    public async Task One_officer_and_one_judgment_value_can_serve_several_cases(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, office) = await SeedAsync(database);
        var officer = Officer();
        var judgment = Judgment();
        var cases = Enumerable.Range(1, 3).Select(i =>
        {
            var c = new EnforcementCase(office, $"01{i:00}/2025/HSTHA", judgment, Decision(), [Debtor()], MoneyObligations(), Today);
            c.AssignOfficer(officer);
            return c;
        }).ToList();
        await using (var db = database.NewContext())
        {
            db.AddRange(cases);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var stored = await read.Set<EnforcementCase>().ToListAsync();
        Assert.Equal(3, stored.Count);
        Assert.All(stored, c =>
        {
            Assert.Equal("01-1234", c.Officer?.BadgeNumber);
            Assert.Equal("25/2025/DS-ST", c.Judgment.Number);
        });
    }

    [Theory, BothProviders]
    public async Task File_numbers_are_unique_within_an_office(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, office) = await SeedAsync(database);
        await using (var db = database.NewContext())
        {
            db.Add(NewCase(office, "0003/2025/HSTHA", "Nguyễn Văn Hùng"));
            await db.SaveChangesAsync();
        }
        await using var second = database.NewContext();
        second.Add(NewCase(office, "0003/2025/HSTHA", "Trần Văn Nam"));
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Theory, BothProviders]
    public async Task Public_list_finds_debtors_without_conditions_by_folded_name_and_province(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (province, office) = await SeedAsync(database);
        var otherProvince = new AdministrativeUnit("79", "Thành phố Hồ Chí Minh", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);
        var otherOffice = new Organisation("Thi hành án dân sự Thành phố Hồ Chí Minh", OrganisationKind.EnforcementOffice, otherProvince.Id);

        EnforcementCase Listed(Organisation o, string file, string debtor)
        {
            var c = NewCase(o, file, debtor);
            c.AssignOfficer(Officer());
            c.StartEnforcement(Today.AddDays(-30));
            c.DeclareNoConditionsToEnforce("Người phải thi hành án không có tài sản để thi hành án", Today);
            return c;
        }
        var hanoi = Listed(office, "0010/2025/HSTHA", "Đặng Văn Đức");
        var hcm = Listed(otherOffice, "0011/2025/HSTHA", "Đặng Thị Hoa");
        var resumed = Listed(office, "0012/2025/HSTHA", "Đặng Văn Dũng");
        resumed.Resume(Today.AddDays(1));
        var notListed = NewCase(office, "0013/2025/HSTHA", "Đặng Minh Đạt");
        await using (var db = database.NewContext())
        {
            db.AddRange(otherProvince, otherOffice);
            db.AddRange(hanoi, hcm, resumed, notListed);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var all = await PublicDebtorList.Query(read.Set<EnforcementCase>(), "dang").OrderBy(l => l.DebtorName).ToListAsync();
        Assert.Equal(["Đặng Thị Hoa", "Đặng Văn Đức"], all.Select(l => l.DebtorName));
        var inHanoi = await PublicDebtorList.Query(read.Set<EnforcementCase>(), "ĐẶNG VĂN DUC", province.Id).ToListAsync();
        var line = Assert.Single(inHanoi);
        Assert.Equal(hanoi.Id, line.CaseId);
        Assert.Equal("25/2025/DS-ST", line.JudgmentNumber);
        Assert.Equal(153_750_000, line.OutstandingAmount);
        Assert.Equal(Today, line.ListedSince);
        // Decomposed (NFD) input finds the same debtor.
        Assert.Single(await PublicDebtorList.Query(read.Set<EnforcementCase>(), "Đặng Văn Đức".Normalize(System.Text.NormalizationForm.FormD)).ToListAsync());
        Assert.Equal(2, await PublicDebtorList.Query(read.Set<EnforcementCase>()).CountAsync());
        Assert.Single(await PublicDebtorList.Query(read.Set<EnforcementCase>(), provinceId: otherProvince.Id).ToListAsync());
    }
}
