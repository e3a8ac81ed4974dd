namespace Justice.Domain.JudicialRecords;

/// <summary>Legal figures of the Law on Judicial Records 2009 that may change; bound from <c>Justice:JudicialRecords</c>.</summary>
public sealed class JudicialRecordsOptions
{
    /// <summary>Days from a valid application to the certificate (Art. 48: 10).</summary>
    public int StandardDeadlineDays { get; set; } = 10;
    /// <summary>Days when verification is needed (foreigners, people who lived in several provinces…): 15.</summary>
    public int ComplexDeadlineDays { get; set; } = 15;
    /// <summary>Most copies one application may ask for.</summary>
    public int MaxCopies { get; set; } = 10;

    public static JudicialRecordsOptions Default { get; } = new();
}
