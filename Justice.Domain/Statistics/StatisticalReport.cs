using Justice.Domain.Common;

namespace Justice.Domain.Statistics;

public enum StatisticalReportStatus { Draft, Submitted, Returned, Approved }

/// <summary>
/// Báo cáo thống kê: one unit's figures for one form and one period, sent to the unit it reports to, which
/// approves it or returns it for correction. Once submitted it is read-only until returned.
/// </summary>
public sealed class StatisticalReport : AggregateRoot, IPublicContent
{
    private static readonly WorkflowTransitions<StatisticalReportStatus> Workflow = new("STAT_REPORT_TRANSITION_REFUSED",
        (StatisticalReportStatus.Draft, StatisticalReportStatus.Submitted),
        (StatisticalReportStatus.Submitted, StatisticalReportStatus.Returned),
        (StatisticalReportStatus.Returned, StatisticalReportStatus.Submitted),
        (StatisticalReportStatus.Submitted, StatisticalReportStatus.Approved));

    private readonly List<ReportValue> _values = [];

    private StatisticalReport() { }

    public StatisticalReport(ReportingUnit unit, StatisticalForm form, ReportingPeriod period, DateTime now)
    {
        // The recipient is fixed when the report is opened: a later move of the unit does not redirect reports in flight.
        RecipientUnitId = unit.ReportsToId
            ?? throw new DomainException("STAT_REPORT_NO_RECIPIENT",
                "Đơn vị đứng đầu chuỗi báo cáo tổng hợp số liệu, không lập báo cáo gửi cấp trên.");
        ReportingUnitId = unit.Id;
        FormId = form.Id;
        PeriodId = period.Id;
        Status = StatisticalReportStatus.Draft;
        CreatedAt = VietnamTime.RequireUtc(now);
    }

    public Guid ReportingUnitId { get; private set; }
    /// <summary>The unit the report goes to: the only one that may return or approve it.</summary>
    public Guid RecipientUnitId { get; private set; }
    public Guid FormId { get; private set; }
    public Guid PeriodId { get; private set; }
    public StatisticalReportStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    /// <summary>What the recipient asked to correct when it last returned the report.</summary>
    public string? ReturnRemarks { get; private set; }
    public IReadOnlyList<ReportValue> Values => _values;

    public bool IsEditable => Status is StatisticalReportStatus.Draft or StatisticalReportStatus.Returned;

    public long ValueOf(string rowCode, string columnCode) =>
        _values.FirstOrDefault(v => v.RowCode == rowCode && v.ColumnCode == columnCode)?.Value ?? 0;

    public void SetValue(StatisticalForm form, string rowCode, string columnCode, long value)
    {
        if (!IsEditable)
            throw new DomainException("STAT_REPORT_READ_ONLY", "Báo cáo đã gửi hoặc đã duyệt, không thể sửa số liệu.");
        if (form.Id != FormId)
            throw new DomainException("STAT_FORM_MISMATCH", $"Báo cáo này không lập theo biểu {form.Code}.");
        form.EnsureCell(rowCode, columnCode);
        if (value < 0)
            throw new DomainException("STAT_VALUE_NEGATIVE", $"Số liệu ô ({rowCode}, {columnCode}) không được âm.");
        var existing = _values.FirstOrDefault(v => v.RowCode == rowCode && v.ColumnCode == columnCode);
        if (existing is null) _values.Add(new ReportValue(rowCode, columnCode, value));
        else existing.Value = value;
    }

    /// <summary>Fills the report with the sums of the units below (values the system already holds are pre-filled).</summary>
    public void Prefill(StatisticalForm form, AggregatedFigures figures)
    {
        foreach (var ((row, column), value) in figures.Values)
            SetValue(form, row, column, value);
    }

    public void Submit(Guid submittingUnitId, DateTime now)
    {
        if (submittingUnitId != ReportingUnitId)
            throw new DomainException("STAT_REPORT_NOT_OWNER", "Chỉ đơn vị lập báo cáo mới được gửi báo cáo.");
        Workflow.Ensure(Status, StatisticalReportStatus.Submitted);
        Status = StatisticalReportStatus.Submitted;
        SubmittedAt = VietnamTime.RequireUtc(now);
    }

    public void Return(Guid reviewingUnitId, string remarks, DateTime now)
    {
        EnsureRecipient(reviewingUnitId);
        var text = VietnameseText.Required(remarks, "Lý do trả lại báo cáo", 2000);
        Workflow.Ensure(Status, StatisticalReportStatus.Returned);
        Status = StatisticalReportStatus.Returned;
        ReturnRemarks = text;
        ReviewedAt = VietnamTime.RequireUtc(now);
    }

    public void Approve(Guid reviewingUnitId, DateTime now)
    {
        EnsureRecipient(reviewingUnitId);
        Workflow.Ensure(Status, StatisticalReportStatus.Approved);
        Status = StatisticalReportStatus.Approved;
        ReviewedAt = VietnamTime.RequireUtc(now);
    }

    private void EnsureRecipient(Guid reviewingUnitId)
    {
        if (reviewingUnitId != RecipientUnitId)
            throw new DomainException("STAT_REVIEWER_NOT_RECIPIENT", "Chỉ đơn vị nhận báo cáo mới được trả lại hoặc phê duyệt báo cáo.");
    }

}

/// <summary>Số liệu of one cell (row indicator × column indicator) of a report.</summary>
public sealed class ReportValue : Entity
{
    private ReportValue() { }

    internal ReportValue(string rowCode, string columnCode, long value)
    {
        RowCode = rowCode;
        ColumnCode = columnCode;
        Value = value;
    }

    public string RowCode { get; private set; } = "";
    public string ColumnCode { get; private set; } = "";
    public long Value { get; internal set; }
}
