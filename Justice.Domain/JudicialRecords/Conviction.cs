using Justice.Domain.Common;

namespace Justice.Domain.JudicialRecords;

public enum EnforcementStatus
{
    NotYetEnforced,
    BeingEnforced,
    /// <summary>Đã chấp hành xong bản án.</summary>
    Completed,
    /// <summary>Được miễn chấp hành hình phạt.</summary>
    Exempted,
}

/// <summary>Án tích: a conviction by a final judgment, until it is expunged (xóa án tích).</summary>
public sealed class Conviction : Entity
{
    private static readonly WorkflowTransitions<EnforcementStatus> Transitions = new("CONVICTION_ENFORCEMENT_TRANSITION_REFUSED",
        (EnforcementStatus.NotYetEnforced, EnforcementStatus.BeingEnforced),
        (EnforcementStatus.NotYetEnforced, EnforcementStatus.Exempted),
        (EnforcementStatus.NotYetEnforced, EnforcementStatus.Completed),
        (EnforcementStatus.BeingEnforced, EnforcementStatus.Completed),
        (EnforcementStatus.BeingEnforced, EnforcementStatus.Exempted));

    private Conviction() { }

    internal Conviction(string courtName, string judgmentNumber, DateOnly judgmentDate, string offence, string sentence,
        EnforcementStatus enforcementStatus)
    {
        CourtName = VietnameseText.Required(courtName, "Tòa án", 300);
        JudgmentNumber = VietnameseText.Required(judgmentNumber, "Số bản án", 50);
        JudgmentDate = judgmentDate;
        Offence = VietnameseText.Required(offence, "Tội danh", 500);
        Sentence = VietnameseText.Required(sentence, "Hình phạt", 500);
        EnforcementStatus = enforcementStatus;
    }

    public string CourtName { get; private set; } = "";
    /// <summary>Số bản án, e.g. "25/2019/HS-ST".</summary>
    public string JudgmentNumber { get; private set; } = "";
    public DateOnly JudgmentDate { get; private set; }
    /// <summary>Tội danh, with the article of the Criminal Code.</summary>
    public string Offence { get; private set; } = "";
    /// <summary>Hình phạt chính và bổ sung.</summary>
    public string Sentence { get; private set; } = "";
    public EnforcementStatus EnforcementStatus { get; private set; }
    public DateOnly? ExpungedOn { get; private set; }

    public bool IsExpunged => ExpungedOn is not null;
    public bool IsExpungedOn(DateOnly day) => ExpungedOn is { } expunged && expunged <= day;

    internal void Expunge(DateOnly expungedOn)
    {
        if (IsExpunged)
            throw new DomainException("CONVICTION_ALREADY_EXPUNGED", $"Án tích theo bản án số {JudgmentNumber} đã được xóa.");
        if (expungedOn < JudgmentDate)
            throw new DomainException("CONVICTION_EXPUNGE_BEFORE_JUDGMENT", "Ngày xóa án tích không thể trước ngày tuyên án.");
        ExpungedOn = expungedOn;
    }

    internal void UpdateEnforcementStatus(EnforcementStatus status)
    {
        Transitions.Ensure(EnforcementStatus, status);
        EnforcementStatus = status;
    }
}

/// <summary>
/// Cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã: a ban a court imposes on the
/// manager of an enterprise it declared bankrupt.
/// </summary>
public sealed class ManagementPostBan : Entity
{
    private ManagementPostBan() { }

    internal ManagementPostBan(string courtName, string decisionNumber, DateOnly decisionDate, string enterpriseName,
        DateOnly bannedFrom, DateOnly bannedUntil)
    {
        if (bannedUntil <= bannedFrom)
            throw new DomainException("MANAGEMENT_BAN_PERIOD_INVALID", "Thời hạn cấm đảm nhiệm chức vụ phải kết thúc sau ngày bắt đầu.");
        if (bannedFrom < decisionDate)
            throw new DomainException("MANAGEMENT_BAN_BEFORE_DECISION", "Thời hạn cấm không thể bắt đầu trước ngày quyết định tuyên bố phá sản.");
        CourtName = VietnameseText.Required(courtName, "Tòa án", 300);
        DecisionNumber = VietnameseText.Required(decisionNumber, "Số quyết định", 50);
        DecisionDate = decisionDate;
        EnterpriseName = VietnameseText.Required(enterpriseName, "Tên doanh nghiệp, hợp tác xã", 300);
        BannedFrom = bannedFrom;
        BannedUntil = bannedUntil;
    }

    public string CourtName { get; private set; } = "";
    /// <summary>The court's decision declaring the bankruptcy.</summary>
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public string EnterpriseName { get; private set; } = "";
    public DateOnly BannedFrom { get; private set; }
    public DateOnly BannedUntil { get; private set; }

    public bool IsInForceOn(DateOnly day) => BannedFrom <= day && day <= BannedUntil;
}
