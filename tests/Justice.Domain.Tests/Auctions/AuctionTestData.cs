using Justice.Domain.Common;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Organisations;

namespace Justice.Domain.Tests.Auctions;

/// <summary>Valid building blocks; each test breaks exactly one thing.</summary>
internal static class AuctionTestData
{
    /// <summary>09:00 on 01/09/2025 in Vietnam.</summary>
    public static readonly DateTime Now = new(2025, 9, 1, 2, 0, 0, DateTimeKind.Utc);

    public static AdministrativeUnit Province() =>
        new("01", "Thành phố Hà Nội", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);

    public static Organisation AuctionOrganisationRow(string name = "Công ty đấu giá hợp danh Lạc Việt") =>
        new(name, OrganisationKind.AuctionOrganisation);

    public static AuctionOrganisation Profile() =>
        new(AuctionOrganisationRow(), AuctionOrganisationKind.Company, "12/TP-ĐKHĐ", "Số 5 đường Lê Lợi, Phường Hoàn Kiếm, Thành phố Hà Nội", Province());

    /// <summary>A car (7 days' notice) auctioned 20 days after <see cref="Now"/>, deposit 10%.</summary>
    public static AuctionNoticeTerms Terms(
        AuctionAssetType assetType = AuctionAssetType.Vehicles, long startingPrice = 500_000_000, long? deposit = null,
        int auctionInDays = 20, AuctionMethod method = AuctionMethod.Ascending)
    {
        var auctionAt = Now.AddDays(auctionInDays);
        return new AuctionNoticeTerms(
            "Xe ô tô con nhãn hiệu Toyota Vios, biển kiểm soát 30A-123.45, sản xuất năm 2019",
            assetType, startingPrice, deposit ?? startingPrice / 10,
            Now.AddDays(2), auctionAt.AddDays(-3), "Bãi xe Công an phường Hoàn Kiếm",
            auctionAt.AddDays(-3), auctionAt, "Hội trường Công ty đấu giá hợp danh Lạc Việt",
            AuctionForm.Oral, method);
    }

    public static PublicAuctionNotice Draft(AuctionNoticeTerms? terms = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), terms ?? Terms(), AuctionRulesOptions.Default);

    public static PublicAuctionNotice Published(AuctionNoticeTerms? terms = null)
    {
        var notice = Draft(terms);
        notice.Publish(Now, AuctionRulesOptions.Default);
        return notice;
    }

    public static DomainException Refused(Action action) => Assert.Throws<DomainException>(action);
}
