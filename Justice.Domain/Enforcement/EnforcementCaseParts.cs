using Justice.Domain.Common;

namespace Justice.Domain.Enforcement;

/// <summary>The judgment or decision enforced (bản án, quyết định): court, number and date.</summary>
public sealed class EnforcedJudgment
{
    private EnforcedJudgment() { }

    public EnforcedJudgment(string courtName, string number, DateOnly date, Guid? courtId = null)
    {
        CourtName = VietnameseText.Required(courtName, "Tên tòa án", 300);
        Number = VietnameseText.Required(number, "Số bản án, quyết định", 60);
        Date = date;
        CourtId = courtId;
    }

    public string CourtName { get; private set; } = "";
    /// <summary>The court's <c>Organisation</c> when known; the name stays as written on the judgment.</summary>
    public Guid? CourtId { get; private set; }
    /// <summary>E.g. <c>25/2024/DS-PT</c>.</summary>
    public string Number { get; private set; } = "";
    public DateOnly Date { get; private set; }
}

/// <summary>Quyết định thi hành án: number, date and who signed it.</summary>
public sealed class EnforcementDecision
{
    private EnforcementDecision() { }

    public EnforcementDecision(string number, DateOnly date, string issuedBy)
    {
        Number = VietnameseText.Required(number, "Số quyết định thi hành án", 60);
        Date = date;
        IssuedBy = VietnameseText.Required(issuedBy, "Người ra quyết định", 200);
    }

    /// <summary>E.g. <c>123/QĐ-THADS</c>.</summary>
    public string Number { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public string IssuedBy { get; private set; } = "";
}

/// <summary>Chấp hành viên: the officer who runs the case.</summary>
public sealed class EnforcementOfficer
{
    private EnforcementOfficer() { }

    public EnforcementOfficer(string name, string badgeNumber)
    {
        Name = VietnameseText.Required(name, "Họ và tên chấp hành viên", 200);
        BadgeNumber = VietnameseText.Required(badgeNumber, "Số thẻ chấp hành viên", 30);
    }

    public string Name { get; private set; } = "";
    /// <summary>Số thẻ chấp hành viên.</summary>
    public string BadgeNumber { get; private set; } = "";
}

/// <summary>Đương sự: a creditor or a debtor of the case, a person or an organisation.</summary>
public sealed class EnforcementParty : Entity
{
    private EnforcementParty() { }

    public EnforcementParty(EnforcementPartyRole role, EnforcementPartyKind kind, string name, string address, string? personalIdNumber = null)
    {
        Role = role;
        Kind = kind;
        Name = VietnameseText.Required(name, "Tên đương sự", 300);
        NameFolded = VietnameseText.Fold(Name);
        Address = VietnameseText.Required(address, "Địa chỉ đương sự");
        var id = VietnameseText.NormalizeOptional(personalIdNumber);
        if (id is not null)
        {
            if (kind != EnforcementPartyKind.Person)
                throw new DomainException("ENFORCEMENT_PARTY_ID_NOT_ALLOWED", "Chỉ cá nhân mới có số định danh cá nhân.");
            // The party's birth data is not on the file, so the number is checked for shape and province only.
            id = CivilRegistry.PersonalIdNumber.ParseFormat(id).Value;
        }
        PersonalIdNumber = id;
    }

    public EnforcementPartyRole Role { get; private set; }
    public EnforcementPartyKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The name without case or diacritics, so the public list finds "nguyen van a" as well as "Nguyễn Văn A".</summary>
    public string NameFolded { get; private set; } = "";
    public string Address { get; private set; } = "";
    /// <summary>Số định danh cá nhân; personal data, never shown on the public list.</summary>
    public string? PersonalIdNumber { get; private set; }
}

/// <summary>Nghĩa vụ thi hành án: pay money, hand over an asset, or perform an act.</summary>
public sealed class EnforcementObligation : Entity
{
    private EnforcementObligation() { }

    public EnforcementObligation(EnforcementObligationKind kind, string description, long? amount = null)
    {
        if (kind == EnforcementObligationKind.PayMoney ? amount is not > 0 : amount is not null)
            throw new DomainException("ENFORCEMENT_OBLIGATION_AMOUNT_INVALID", kind == EnforcementObligationKind.PayMoney
                ? "Nghĩa vụ trả tiền phải có số tiền lớn hơn 0."
                : "Chỉ nghĩa vụ trả tiền mới có số tiền.");
        Kind = kind;
        Description = VietnameseText.Required(description, "Nội dung nghĩa vụ", 2000);
        Amount = amount;
    }

    public EnforcementObligationKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>Whole đồng, for <see cref="EnforcementObligationKind.PayMoney"/> only.</summary>
    public long? Amount { get; private set; }
    /// <summary>For non-money obligations; money obligations are met by the case's collected payments.</summary>
    public DateOnly? FulfilledOn { get; private set; }

    internal void MarkFulfilled(DateOnly on) => FulfilledOn = on;
}

/// <summary>A sum collected from the debtor (voluntarily or by enforcement) on a day.</summary>
public sealed class CollectedPayment : Entity
{
    private CollectedPayment() { }

    internal CollectedPayment(DateOnly date, long amount, string? receiptNumber)
    {
        Date = date;
        Amount = amount;
        ReceiptNumber = VietnameseText.NormalizeOptional(receiptNumber);
    }

    public DateOnly Date { get; private set; }
    public long Amount { get; private set; }
    /// <summary>Số biên lai thu tiền, when a receipt was issued.</summary>
    public string? ReceiptNumber { get; private set; }
}
