using Justice.Domain.Auctions;
using Justice.Domain.Common;
using Justice.Domain.Organisations;

namespace Justice.Domain.Enforcement;

/// <summary>
/// Hồ sơ thi hành án dân sự: one judgment enforced by one enforcement office against its debtors, from
/// acceptance (thụ lý) to completion or termination, with the sums collected along the way.
/// </summary>
public sealed class EnforcementCase : AggregateRoot, IPublicContent
{
    private static readonly WorkflowTransitions<EnforcementCaseStatus> Transitions = new(
        "ENFORCEMENT_STATUS_TRANSITION_REFUSED",
        // Voluntary period: the debtor may pay in full before any officer acts.
        (EnforcementCaseStatus.Accepted, EnforcementCaseStatus.BeingEnforced),
        (EnforcementCaseStatus.Accepted, EnforcementCaseStatus.Postponed),
        (EnforcementCaseStatus.Accepted, EnforcementCaseStatus.Suspended),
        (EnforcementCaseStatus.Accepted, EnforcementCaseStatus.Terminated),
        (EnforcementCaseStatus.Accepted, EnforcementCaseStatus.Completed),
        // "No conditions" is the outcome of the officer's verification (xác minh), so only from enforcement.
        (EnforcementCaseStatus.BeingEnforced, EnforcementCaseStatus.NoConditionsToEnforce),
        (EnforcementCaseStatus.BeingEnforced, EnforcementCaseStatus.Postponed),
        (EnforcementCaseStatus.BeingEnforced, EnforcementCaseStatus.Suspended),
        (EnforcementCaseStatus.BeingEnforced, EnforcementCaseStatus.Terminated),
        (EnforcementCaseStatus.BeingEnforced, EnforcementCaseStatus.Completed),
        // Each pause ends by resuming enforcement or by termination.
        (EnforcementCaseStatus.NoConditionsToEnforce, EnforcementCaseStatus.BeingEnforced),
        (EnforcementCaseStatus.NoConditionsToEnforce, EnforcementCaseStatus.Terminated),
        (EnforcementCaseStatus.Postponed, EnforcementCaseStatus.BeingEnforced),
        (EnforcementCaseStatus.Postponed, EnforcementCaseStatus.Terminated),
        (EnforcementCaseStatus.Suspended, EnforcementCaseStatus.BeingEnforced),
        (EnforcementCaseStatus.Suspended, EnforcementCaseStatus.Terminated));

    public static bool IsTransitionAllowed(EnforcementCaseStatus from, EnforcementCaseStatus to) => Transitions.IsAllowed(from, to);

    private readonly List<EnforcementParty> _parties = [];
    private readonly List<EnforcementObligation> _obligations = [];
    private readonly List<CollectedPayment> _payments = [];

    private EnforcementCase() { }

    public EnforcementCase(Organisation enforcementOffice, string fileNumber, EnforcedJudgment judgment, EnforcementDecision decision,
        IEnumerable<EnforcementParty> parties, IEnumerable<EnforcementObligation> obligations, DateOnly today)
    {
        if (enforcementOffice.Kind != OrganisationKind.EnforcementOffice)
            throw new DomainException("ENFORCEMENT_OFFICE_KIND_INVALID", $"\"{enforcementOffice.Name}\" không phải là cơ quan thi hành án dân sự.");
        if (decision.Date < judgment.Date)
            throw new DomainException("ENFORCEMENT_DECISION_BEFORE_JUDGMENT", "Quyết định thi hành án không thể ra trước bản án, quyết định được thi hành.");
        if (decision.Date > today)
            throw new DomainException("ENFORCEMENT_DECISION_IN_FUTURE", "Ngày ra quyết định thi hành án không thể sau ngày hiện tại.");
        _parties.AddRange(parties);
        if (!_parties.Any(p => p.Role == EnforcementPartyRole.Debtor))
            throw new DomainException("ENFORCEMENT_DEBTOR_REQUIRED", "Hồ sơ thi hành án phải có người phải thi hành án.");
        _obligations.AddRange(obligations);
        if (_obligations.Count == 0)
            throw new DomainException("ENFORCEMENT_OBLIGATION_REQUIRED", "Hồ sơ thi hành án phải có ít nhất một nghĩa vụ thi hành.");

        EnforcementOfficeId = enforcementOffice.Id;
        ProvinceId = enforcementOffice.AdministrativeUnitId;
        FileNumber = VietnameseText.Required(fileNumber, "Số hồ sơ thi hành án", 50);
        Judgment = new EnforcedJudgment(judgment.CourtName, judgment.Number, judgment.Date, judgment.CourtId);
        Decision = new EnforcementDecision(decision.Number, decision.Date, decision.IssuedBy);
        Status = EnforcementCaseStatus.Accepted;
        StatusChangedOn = decision.Date;
        MoneyObligationTotal = _obligations.Sum(o => o.Amount ?? 0);
    }

    public Guid EnforcementOfficeId { get; private set; }
    /// <summary>The office's province: the public list is read by province.</summary>
    public Guid? ProvinceId { get; private set; }
    /// <summary>Số hồ sơ, unique within the office.</summary>
    public string FileNumber { get; private set; } = "";
    public EnforcedJudgment Judgment { get; private set; } = null!;
    public EnforcementDecision Decision { get; private set; } = null!;
    public EnforcementOfficer? Officer { get; private set; }

    public EnforcementCaseStatus Status { get; private set; }
    public DateOnly StatusChangedOn { get; private set; }
    /// <summary>Why the case was postponed, suspended, terminated or found without conditions.</summary>
    public string? StatusReason { get; private set; }
    /// <summary>
    /// Stored copy of "status is NoConditionsToEnforce", indexed with the province, so the public list of
    /// debtors without conditions to enforce is one index range, not a scan of two million files.
    /// </summary>
    public bool IsListedWithoutConditions { get; private set; }
    public DateOnly? ListedSince { get; private set; }

    /// <summary>Sum of the money obligations, stored so lists can show progress without loading children.</summary>
    public long MoneyObligationTotal { get; private set; }
    public long CollectedTotal { get; private set; }
    public long OutstandingAmount => MoneyObligationTotal - CollectedTotal;

    public IReadOnlyList<EnforcementParty> Parties => _parties;
    public IReadOnlyList<EnforcementObligation> Obligations => _obligations;
    public IReadOnlyList<CollectedPayment> Payments => _payments;

    public bool IsClosed => Status is EnforcementCaseStatus.Completed or EnforcementCaseStatus.Terminated;

    /// <summary>
    /// Stores a copy: EF maps the officer as an owned value, and one instance shared by several cases
    /// (one officer runs many) would be saved with only one of them.
    /// </summary>
    public void AssignOfficer(EnforcementOfficer officer)
    {
        EnsureOpen();
        Officer = new EnforcementOfficer(officer.Name, officer.BadgeNumber);
    }

    /// <summary>Tổ chức thi hành án: the voluntary period is over and the officer acts.</summary>
    public void StartEnforcement(DateOnly today) => MoveToEnforcement(today);

    /// <summary>Conditions appeared again (the debtor acquired assets), or the postponement or suspension ended.</summary>
    public void Resume(DateOnly today) => MoveToEnforcement(today);

    public void DeclareNoConditionsToEnforce(string verificationResult, DateOnly today)
    {
        ChangeStatus(EnforcementCaseStatus.NoConditionsToEnforce, today, VietnameseText.Required(verificationResult, "Kết quả xác minh", 2000));
        IsListedWithoutConditions = true;
        ListedSince = today;
    }

    public void Postpone(string reason, DateOnly today) =>
        ChangeStatus(EnforcementCaseStatus.Postponed, today, VietnameseText.Required(reason, "Lý do hoãn thi hành án", 2000));

    public void Suspend(string reason, DateOnly today) =>
        ChangeStatus(EnforcementCaseStatus.Suspended, today, VietnameseText.Required(reason, "Lý do tạm đình chỉ", 2000));

    public void Terminate(string reason, DateOnly today) =>
        ChangeStatus(EnforcementCaseStatus.Terminated, today, VietnameseText.Required(reason, "Lý do đình chỉ", 2000));

    /// <summary>Thi hành xong: every sum collected and every other obligation fulfilled.</summary>
    public void Complete(DateOnly today)
    {
        if (!AllObligationsMet)
            throw new DomainException("ENFORCEMENT_OBLIGATIONS_OUTSTANDING",
                $"Chưa thi hành xong: còn phải thu {Vnd.Format(OutstandingAmount)} hoặc còn nghĩa vụ chưa thực hiện.");
        ChangeStatus(EnforcementCaseStatus.Completed, today, null);
    }

    /// <summary>Records a sum collected; the case completes itself when that was the last thing owed.</summary>
    public CollectedPayment RecordPayment(DateOnly date, long amount, DateOnly today, string? receiptNumber = null)
    {
        EnsureCollecting();
        if (amount <= 0)
            throw new DomainException("ENFORCEMENT_PAYMENT_AMOUNT_INVALID", "Số tiền thu phải lớn hơn 0.");
        if (date < Judgment.Date || date > today)
            throw new DomainException("ENFORCEMENT_PAYMENT_DATE_INVALID", "Ngày thu tiền phải sau ngày bản án và không sau ngày hiện tại.");
        if (CollectedTotal + amount > MoneyObligationTotal)
            throw new DomainException("ENFORCEMENT_PAYMENT_EXCEEDS_OBLIGATION",
                $"Số tiền thu vượt quá số tiền còn phải thi hành ({Vnd.Format(OutstandingAmount)}).");
        var payment = new CollectedPayment(date, amount, receiptNumber);
        _payments.Add(payment);
        CollectedTotal += amount;
        CompleteIfAllMet(today);
        return payment;
    }

    /// <summary>An asset handed over or an act performed; the case completes itself when nothing else is owed.</summary>
    public void MarkObligationFulfilled(Guid obligationId, DateOnly today)
    {
        EnsureCollecting();
        var obligation = _obligations.SingleOrDefault(o => o.Id == obligationId)
            ?? throw new DomainException("ENFORCEMENT_OBLIGATION_NOT_FOUND", "Không tìm thấy nghĩa vụ trong hồ sơ thi hành án.");
        if (obligation.Kind == EnforcementObligationKind.PayMoney)
            throw new DomainException("ENFORCEMENT_OBLIGATION_IS_MONEY", "Nghĩa vụ trả tiền được thi hành bằng các khoản thu tiền.");
        if (obligation.FulfilledOn is not null)
            throw new DomainException("ENFORCEMENT_OBLIGATION_ALREADY_FULFILLED", "Nghĩa vụ này đã được thi hành xong.");
        obligation.MarkFulfilled(today);
        CompleteIfAllMet(today);
    }

    private bool AllObligationsMet =>
        CollectedTotal >= MoneyObligationTotal
        && _obligations.All(o => o.Kind == EnforcementObligationKind.PayMoney || o.FulfilledOn is not null);

    private void CompleteIfAllMet(DateOnly today)
    {
        if (AllObligationsMet) ChangeStatus(EnforcementCaseStatus.Completed, today, null);
    }

    private void MoveToEnforcement(DateOnly today)
    {
        Transitions.Ensure(Status, EnforcementCaseStatus.BeingEnforced);
        if (Officer is null)
            throw new DomainException("ENFORCEMENT_OFFICER_REQUIRED", "Phải phân công chấp hành viên trước khi tổ chức thi hành án.");
        ChangeStatus(EnforcementCaseStatus.BeingEnforced, today, null);
    }

    private void ChangeStatus(EnforcementCaseStatus to, DateOnly today, string? reason)
    {
        Transitions.Ensure(Status, to);
        if (today < StatusChangedOn)
            throw new DomainException("ENFORCEMENT_STATUS_DATE_INVALID", "Ngày chuyển trạng thái không thể trước lần chuyển trạng thái gần nhất.");
        Status = to;
        StatusChangedOn = today;
        StatusReason = reason;
        if (to != EnforcementCaseStatus.NoConditionsToEnforce)
        {
            IsListedWithoutConditions = false;
            ListedSince = null;
        }
    }

    private void EnsureOpen()
    {
        if (IsClosed)
            throw new DomainException("ENFORCEMENT_CASE_CLOSED", "Hồ sơ thi hành án đã kết thúc.");
    }

    /// <summary>Money and assets change hands only while the case is accepted or actively enforced.</summary>
    private void EnsureCollecting()
    {
        EnsureOpen();
        if (Status is not (EnforcementCaseStatus.Accepted or EnforcementCaseStatus.BeingEnforced))
            throw new DomainException("ENFORCEMENT_COLLECTION_NOT_ALLOWED",
                "Chỉ ghi nhận việc thi hành khi hồ sơ đang thụ lý hoặc đang tổ chức thi hành.");
    }
}
