namespace Justice.Domain.LegalDocuments;

/// <summary>Tình trạng hiệu lực of a document.</summary>
public enum ValidityStatus
{
    /// <summary>Chưa có hiệu lực.</summary>
    NotYetInForce,
    /// <summary>Còn hiệu lực.</summary>
    InForce,
    /// <summary>Hết hiệu lực một phần.</summary>
    PartlyExpired,
    /// <summary>Hết hiệu lực toàn bộ.</summary>
    Expired,
    /// <summary>Ngưng hiệu lực.</summary>
    Suspended,
}

public static class ValidityStatuses
{
    public static string VietnameseName(this ValidityStatus status) => status switch
    {
        ValidityStatus.NotYetInForce => "Chưa có hiệu lực",
        ValidityStatus.InForce => "Còn hiệu lực",
        ValidityStatus.PartlyExpired => "Hết hiệu lực một phần",
        ValidityStatus.Expired => "Hết hiệu lực toàn bộ",
        ValidityStatus.Suspended => "Ngưng hiệu lực",
        _ => status.ToString(),
    };
}
