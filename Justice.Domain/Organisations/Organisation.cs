using Justice.Domain.Common;

namespace Justice.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>Bộ Tư pháp and its units (vụ, cục, trung tâm).</summary>
    MinistryOfJusticeUnit,
    /// <summary>Sở Tư pháp.</summary>
    ProvincialJusticeDepartment,
    /// <summary>Phòng Tư pháp (district, until 30/06/2025).</summary>
    DistrictJusticeDivision,
    /// <summary>UBND cấp xã.</summary>
    CommunePeoplesCommittee,
    /// <summary>Bộ, cơ quan ngang bộ.</summary>
    Ministry,
    Court,
    Procuracy,
    /// <summary>Cơ quan thi hành án dân sự.</summary>
    EnforcementOffice,
    /// <summary>Tổ chức đấu giá tài sản.</summary>
    AuctionOrganisation,
    Other,
}

/// <summary>Cơ quan, tổ chức: any body that registers, reports, issues, enforces or integrates.</summary>
public sealed class Organisation : AggregateRoot
{
    private Organisation() { }

    public Organisation(string name, OrganisationKind kind, Guid? administrativeUnitId = null, Guid? parentId = null, string? code = null)
    {
        Name = VietnameseText.Required(name, "Tên cơ quan", 300);
        Kind = kind;
        AdministrativeUnitId = administrativeUnitId;
        ParentId = parentId;
        Code = VietnameseText.NormalizeOptional(code);
    }

    public string Name { get; private set; } = "";
    /// <summary>Short code used by other systems (e.g. the ministry's abbreviation BTP, BTC).</summary>
    public string? Code { get; private set; }
    public OrganisationKind Kind { get; private set; }
    /// <summary>The unit whose territory it serves (jurisdiction); null for central bodies.</summary>
    public Guid? AdministrativeUnitId { get; private set; }
    /// <summary>The body above it (a commune's justice work reports to the province's Department).</summary>
    public Guid? ParentId { get; private set; }

    public void Rename(string name) => Name = VietnameseText.Required(name, "Tên cơ quan", 300);
}
