using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;
using Justice.Domain.Organisations;

namespace Justice.Domain.Auctions;

/// <summary>
/// Tổ chức đấu giá tài sản: the auction profile of an <see cref="Organisation"/> of kind
/// <see cref="OrganisationKind.AuctionOrganisation"/>. The organisation row keeps the name and hierarchy
/// every area shares; this keeps what only auctions need.
/// </summary>
public sealed class AuctionOrganisation : AggregateRoot, IPublicContent
{
    private AuctionOrganisation() { }

    public AuctionOrganisation(Organisation organisation, AuctionOrganisationKind kind, string registrationNumber,
        string address, AdministrativeUnit province)
    {
        if (organisation.Kind != OrganisationKind.AuctionOrganisation)
            throw new DomainException("AUCTION_ORGANISATION_KIND_INVALID",
                $"Cơ quan \"{organisation.Name}\" không phải là tổ chức đấu giá tài sản.");
        OrganisationId = organisation.Id;
        Name = organisation.Name;
        Kind = kind;
        RegistrationNumber = VietnameseText.Required(registrationNumber, "Số đăng ký hoạt động", 50);
        Relocate(address, province);
    }

    public Guid OrganisationId { get; private set; }
    /// <summary>Copied from the organisation so notices and lists read without a join.</summary>
    public string Name { get; private set; } = "";
    public AuctionOrganisationKind Kind { get; private set; }
    /// <summary>Giấy đăng ký hoạt động (companies) or the founding decision (public centres).</summary>
    public string RegistrationNumber { get; private set; } = "";
    public string Address { get; private set; } = "";
    public Guid ProvinceId { get; private set; }

    /// <summary>
    /// An auction organisation drafts, publishes and updates only its own notices: whoever acts must work for it
    /// (<paramref name="organisationId"/> is the acting account's organisation).
    /// </summary>
    public void EnsureActingFor(Guid? organisationId)
    {
        if (organisationId != OrganisationId)
            throw new DomainException(NotOwnOrganisationCode, $"Chỉ {Name} được lập, công khai hoặc cập nhật thông báo đấu giá của tổ chức này.");
    }

    public const string NotOwnOrganisationCode = "NOT_OWN_AUCTION_ORGANISATION";

    public void Relocate(string address, AdministrativeUnit province)
    {
        if (province.Level != AdministrativeLevel.Province)
            throw new DomainException("AUCTION_PROVINCE_INVALID", $"\"{province.Name}\" không phải là đơn vị hành chính cấp tỉnh.");
        Address = VietnameseText.Required(address, "Địa chỉ");
        ProvinceId = province.Id;
    }
}
