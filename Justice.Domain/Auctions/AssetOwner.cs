using Justice.Domain.Common;

namespace Justice.Domain.Auctions;

/// <summary>
/// Người có tài sản đấu giá: whoever puts an asset up for auction and signs the contract with the
/// auction organisation. Bodies known to the system link their <see cref="OrganisationId"/>.
/// </summary>
public sealed class AssetOwner : AggregateRoot
{
    private AssetOwner() { }

    public AssetOwner(AssetOwnerKind kind, string name, string address, Guid? organisationId = null, Guid? provinceId = null)
    {
        if (kind is AssetOwnerKind.Individual && organisationId is not null)
            throw new DomainException("ASSET_OWNER_INDIVIDUAL_ORGANISATION", "Cá nhân có tài sản đấu giá không gắn với cơ quan, tổ chức.");
        Kind = kind;
        Name = VietnameseText.Required(name, "Tên người có tài sản", 300);
        Address = VietnameseText.Required(address, "Địa chỉ");
        OrganisationId = organisationId;
        ProvinceId = provinceId;
    }

    public AssetOwnerKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string Address { get; private set; } = "";
    public Guid? OrganisationId { get; private set; }
    public Guid? ProvinceId { get; private set; }
}
