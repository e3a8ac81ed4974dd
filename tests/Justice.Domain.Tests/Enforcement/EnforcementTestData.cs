using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;
using Justice.Domain.Enforcement;
using Justice.Domain.Organisations;

namespace Justice.Domain.Tests.Enforcement;

/// <summary>A valid case file: 150 million owed plus 3.750.000 court fees, decided 10/03/2025.</summary>
internal static class EnforcementTestData
{
    public static readonly DateOnly Today = new(2025, 9, 1);
    public static readonly DateOnly JudgmentDate = new(2025, 1, 20);
    public static readonly DateOnly DecisionDate = new(2025, 3, 10);

    public static AdministrativeUnit Province() =>
        new("01", "Thành phố Hà Nội", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);

    public static Organisation Office(Guid? provinceId = null) =>
        new("Thi hành án dân sự thành phố Hà Nội", OrganisationKind.EnforcementOffice, provinceId ?? Guid.NewGuid(), code: "THADS01");

    public static EnforcedJudgment Judgment(DateOnly? date = null) =>
        new("Tòa án nhân dân khu vực 1 – Thành phố Hà Nội", "25/2025/DS-ST", date ?? JudgmentDate);

    public static EnforcementDecision Decision(DateOnly? date = null) =>
        new("123/QĐ-THADS", date ?? DecisionDate, "Phó Thủ trưởng Trần Văn Bình");

    public static EnforcementParty Debtor(string name = "Nguyễn Văn Hùng") =>
        new(EnforcementPartyRole.Debtor, EnforcementPartyKind.Person, name, "Số 12 đường Lê Lợi, Phường Hoàn Kiếm, Thành phố Hà Nội", "001085012345");

    public static EnforcementParty Creditor() =>
        new(EnforcementPartyRole.Creditor, EnforcementPartyKind.Person, "Trần Thị Lan", "Số 8 đường Nguyễn Du, Phường Cửa Nam, Thành phố Hà Nội");

    public static List<EnforcementObligation> MoneyObligations() =>
    [
        new(EnforcementObligationKind.PayMoney, "Trả tiền vay theo giấy vay nợ", 150_000_000),
        new(EnforcementObligationKind.PayMoney, "Án phí dân sự sơ thẩm", 3_750_000),
    ];

    public static EnforcementCase Case(IEnumerable<EnforcementObligation>? obligations = null, Organisation? office = null, string debtor = "Nguyễn Văn Hùng") =>
        new(office ?? Office(), "0001/2025/HSTHA", Judgment(), Decision(), [Debtor(debtor), Creditor()], obligations ?? MoneyObligations(), Today);

    public static EnforcementOfficer Officer() => new("Lê Minh Tuấn", "01-1234");

    public static EnforcementCase BeingEnforced(IEnumerable<EnforcementObligation>? obligations = null)
    {
        var c = Case(obligations);
        c.AssignOfficer(Officer());
        c.StartEnforcement(DecisionDate.AddDays(20));
        return c;
    }

    public static DomainException Refused(Action action) => Assert.Throws<DomainException>(action);
}
