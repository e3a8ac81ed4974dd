using Justice.Domain.Common;

namespace Justice.Domain.Statistics;

/// <summary>The tier a reporting unit sits at; reports flow from lower tiers to higher ones.</summary>
public enum ReportingLevel
{
    /// <summary>UBND cấp xã.</summary>
    Commune,
    /// <summary>Phòng Tư pháp cấp huyện (until 30/06/2025).</summary>
    District,
    /// <summary>Sở Tư pháp.</summary>
    Province,
    /// <summary>Tổ chức pháp chế của bộ, cơ quan ngang bộ.</summary>
    Ministry,
    /// <summary>Units of the Ministry of Justice; the one without a parent is the Department of Planning and Finance (Vụ Kế hoạch – Tài chính).</summary>
    MinistryOfJustice,
}

/// <summary>
/// Đơn vị báo cáo thống kê: an organisation that files statistical reports, and the unit it files them to.
/// The chain runs commune → (district) → province → the Ministry's Department of Planning and Finance.
/// </summary>
public sealed class ReportingUnit : AggregateRoot
{
    private ReportingUnit() { }

    public ReportingUnit(Guid organisationId, ReportingLevel level, ReportingUnit? reportsTo)
    {
        if (organisationId == Guid.Empty)
            throw new DomainException("REPORTING_UNIT_ORGANISATION_REQUIRED", "Đơn vị báo cáo phải gắn với một cơ quan, tổ chức.");
        OrganisationId = organisationId;
        Level = level;
        ReportTo(reportsTo);
    }

    public Guid OrganisationId { get; private set; }
    public ReportingLevel Level { get; private set; }
    /// <summary>The unit that checks, returns or approves this unit's reports; null only for the top of the chain.</summary>
    public Guid? ReportsToId { get; private set; }

    public bool IsTop => ReportsToId is null;

    /// <summary>Moves the unit in the chain (the 2025 reform sent communes straight to the province).</summary>
    public void ReportTo(ReportingUnit? parent)
    {
        if (parent is null)
        {
            // Only the Ministry's own planning department has nobody above it; everyone else must be heard by someone.
            if (Level != ReportingLevel.MinistryOfJustice)
                throw new DomainException("REPORTING_UNIT_PARENT_REQUIRED", "Đơn vị báo cáo phải có đơn vị nhận báo cáo cấp trên.");
            ReportsToId = null;
            return;
        }
        if (parent.Id == Id)
            throw new DomainException("REPORTING_UNIT_SELF_PARENT", "Đơn vị không thể tự gửi báo cáo cho chính mình.");
        if (!MayReportTo(Level, parent))
            throw new DomainException("REPORTING_UNIT_PARENT_LEVEL_INVALID",
                $"Đơn vị cấp {LevelLabel(Level)} không gửi báo cáo cho đơn vị cấp {LevelLabel(parent.Level)}.");
        ReportsToId = parent.Id;
    }

    /// <summary>
    /// Levels only go up, so the chain can have no cycle; Ministry of Justice units report to the top unit itself,
    /// never to another Ministry unit that reports onward.
    /// </summary>
    private static bool MayReportTo(ReportingLevel level, ReportingUnit parent) => level switch
    {
        ReportingLevel.Commune => parent.Level is ReportingLevel.District or ReportingLevel.Province,
        ReportingLevel.District => parent.Level is ReportingLevel.Province,
        ReportingLevel.Province or ReportingLevel.Ministry or ReportingLevel.MinistryOfJustice =>
            parent.Level is ReportingLevel.MinistryOfJustice && parent.IsTop,
        _ => false,
    };

    internal static string LevelLabel(ReportingLevel level) => level switch
    {
        ReportingLevel.Commune => "xã",
        ReportingLevel.District => "huyện",
        ReportingLevel.Province => "tỉnh",
        ReportingLevel.Ministry => "bộ, ngành",
        _ => "Bộ Tư pháp",
    };
}
