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
    /// <summary>
    /// Lệ phí cấp Phiếu lý lịch tư pháp per application, in đồng (Circular 244/2016/TT-BTC: 200.000), before any
    /// reduction the office grants on the spot *(check against the circular in force)*.
    /// </summary>
    public long Fee { get; set; } = 200_000;
    /// <summary>Each copy beyond <see cref="CopiesIncludedInFee"/> costs this much more (5.000 đồng).</summary>
    public long ExtraCopyFee { get; set; } = 5_000;
    public int CopiesIncludedInFee { get; set; } = 2;

    /// <summary>The standard fee for an application asking for <paramref name="copies"/> certificates.</summary>
    public long FeeFor(int copies) => Fee + Math.Max(0, copies - CopiesIncludedInFee) * ExtraCopyFee;

    public static JudicialRecordsOptions Default { get; } = new();
}
