namespace Justice.Domain.LegalDocuments;

/// <summary>Loại văn bản: the form a legal document takes, which fixes who may issue it and how it is numbered.</summary>
public enum LegalDocumentType
{
    /// <summary>Hiến pháp.</summary>
    Constitution,
    /// <summary>Bộ luật.</summary>
    CodeOfLaws,
    /// <summary>Luật.</summary>
    Law,
    /// <summary>Nghị quyết.</summary>
    Resolution,
    /// <summary>Nghị quyết liên tịch.</summary>
    JointResolution,
    /// <summary>Pháp lệnh.</summary>
    Ordinance,
    /// <summary>Lệnh (of the State President).</summary>
    Order,
    /// <summary>Quyết định.</summary>
    Decision,
    /// <summary>Nghị định.</summary>
    Decree,
    /// <summary>Thông tư.</summary>
    Circular,
    /// <summary>Thông tư liên tịch.</summary>
    JointCircular,
    /// <summary>Chỉ thị (still found in older provincial collections).</summary>
    Directive,
    /// <summary>Văn bản hợp nhất.</summary>
    ConsolidatedText,
}

public static class LegalDocumentTypes
{
    /// <summary>The Vietnamese name as printed at the head of a document ("Nghị định").</summary>
    public static string VietnameseName(this LegalDocumentType type) => type switch
    {
        LegalDocumentType.Constitution => "Hiến pháp",
        LegalDocumentType.CodeOfLaws => "Bộ luật",
        LegalDocumentType.Law => "Luật",
        LegalDocumentType.Resolution => "Nghị quyết",
        LegalDocumentType.JointResolution => "Nghị quyết liên tịch",
        LegalDocumentType.Ordinance => "Pháp lệnh",
        LegalDocumentType.Order => "Lệnh",
        LegalDocumentType.Decision => "Quyết định",
        LegalDocumentType.Decree => "Nghị định",
        LegalDocumentType.Circular => "Thông tư",
        LegalDocumentType.JointCircular => "Thông tư liên tịch",
        LegalDocumentType.Directive => "Chỉ thị",
        LegalDocumentType.ConsolidatedText => "Văn bản hợp nhất",
        _ => type.ToString(),
    };
}
