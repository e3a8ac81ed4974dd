namespace Justice.Domain.Auctions;

public enum AuctionOrganisationKind
{
    /// <summary>Trung tâm dịch vụ đấu giá tài sản, set up by a province's Department of Justice.</summary>
    PublicCentre,
    /// <summary>Doanh nghiệp đấu giá tài sản (công ty đấu giá hợp danh, doanh nghiệp tư nhân).</summary>
    Company,
}

public enum AssetOwnerKind
{
    /// <summary>Cơ quan thi hành án dân sự selling seized assets.</summary>
    EnforcementAgency,
    /// <summary>Credit institution selling collateral.</summary>
    Bank,
    /// <summary>Cơ quan nhà nước: land, public assets, confiscated goods.</summary>
    StateBody,
    Individual,
    Other,
}

public enum AuctionAssetType
{
    /// <summary>Nhà ở, công trình gắn liền với đất.</summary>
    RealEstate,
    /// <summary>Quyền sử dụng đất.</summary>
    LandUseRights,
    /// <summary>Phương tiện giao thông (xe ô tô, xe máy, tàu thuyền).</summary>
    Vehicles,
    /// <summary>Hàng hóa, máy móc, vật tư.</summary>
    Goods,
    /// <summary>Tài sản tịch thu sung quỹ nhà nước.</summary>
    ConfiscatedAssets,
    Other,
}

/// <summary>Hình thức đấu giá.</summary>
public enum AuctionForm
{
    /// <summary>Đấu giá bằng lời nói tại cuộc đấu giá.</summary>
    Oral,
    /// <summary>Bỏ phiếu trực tiếp tại cuộc đấu giá.</summary>
    DirectBallot,
    /// <summary>Bỏ phiếu gián tiếp.</summary>
    IndirectBallot,
    /// <summary>Đấu giá trực tuyến.</summary>
    Online,
}

/// <summary>Phương thức đấu giá.</summary>
public enum AuctionMethod
{
    /// <summary>Phương thức trả giá lên.</summary>
    Ascending,
    /// <summary>Phương thức đặt giá xuống.</summary>
    Descending,
}

public enum PublicAuctionNoticeStatus { Draft, Published, Postponed, Held, Cancelled }

public enum AuctionOutcome { Sold, NotSold }
