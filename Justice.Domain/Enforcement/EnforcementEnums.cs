namespace Justice.Domain.Enforcement;

public enum EnforcementCaseStatus
{
    /// <summary>Thụ lý: the enforcement decision is issued, the voluntary period runs.</summary>
    Accepted,
    /// <summary>Đang tổ chức thi hành: an enforcement officer is working the case.</summary>
    BeingEnforced,
    /// <summary>Chưa có điều kiện thi hành: verified the debtor cannot pay now; the debtor is listed publicly.</summary>
    NoConditionsToEnforce,
    /// <summary>Hoãn thi hành án.</summary>
    Postponed,
    /// <summary>Tạm đình chỉ thi hành án.</summary>
    Suspended,
    /// <summary>Đình chỉ thi hành án: ended without (full) enforcement, e.g. the creditor waived.</summary>
    Terminated,
    /// <summary>Thi hành xong.</summary>
    Completed,
}

public enum EnforcementPartyRole
{
    /// <summary>Người được thi hành án.</summary>
    Creditor,
    /// <summary>Người phải thi hành án.</summary>
    Debtor,
}

public enum EnforcementPartyKind { Person, Organisation }

public enum EnforcementObligationKind
{
    /// <summary>Trả tiền (nợ, bồi thường, án phí, tiền phạt).</summary>
    PayMoney,
    /// <summary>Trả, giao tài sản (nhà, đất, động sản).</summary>
    HandOverAsset,
    /// <summary>Thực hiện hoặc không thực hiện một công việc nhất định.</summary>
    PerformAct,
}
