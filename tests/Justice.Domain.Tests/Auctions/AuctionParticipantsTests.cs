using Justice.Domain.Common;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Organisations;
using static Justice.Domain.Tests.Auctions.AuctionTestData;

namespace Justice.Domain.Tests.Auctions;

public class AuctionParticipantsTests
{
    [Fact]
    public void Profile_links_an_auction_organisation_and_copies_its_name()
    {
        var row = AuctionOrganisationRow();
        var profile = new AuctionOrganisation(row, AuctionOrganisationKind.Company, " 12/TP-ĐKHĐ ", "Số 5 đường Lê Lợi, Hà Nội", Province());
        Assert.Equal(row.Id, profile.OrganisationId);
        Assert.Equal("Công ty đấu giá hợp danh Lạc Việt", profile.Name);
        Assert.Equal("12/TP-ĐKHĐ", profile.RegistrationNumber);
    }

    [Fact]
    public void Profile_refuses_an_organisation_of_another_kind()
    {
        var court = new Organisation("Tòa án nhân dân Thành phố Hà Nội", OrganisationKind.Court);
        var error = Refused(() => new AuctionOrganisation(court, AuctionOrganisationKind.Company, "12/TP-ĐKHĐ", "Hà Nội", Province()));
        Assert.Equal("AUCTION_ORGANISATION_KIND_INVALID", error.Code);
    }

    [Fact]
    public void Profile_requires_a_province_level_unit()
    {
        var commune = new AdministrativeUnit("00070", "Phường Hoàn Kiếm", AdministrativeLevel.Commune, Province(), AdministrativeUnit.Reform2025);
        var error = Refused(() => new AuctionOrganisation(AuctionOrganisationRow(), AuctionOrganisationKind.Company, "12/TP-ĐKHĐ", "Hà Nội", commune));
        Assert.Equal("AUCTION_PROVINCE_INVALID", error.Code);
    }

    [Fact]
    public void Profile_requires_a_registration_number()
    {
        var error = Refused(() => new AuctionOrganisation(AuctionOrganisationRow(), AuctionOrganisationKind.Company, "  ", "Hà Nội", Province()));
        Assert.Equal("TEXT_REQUIRED", error.Code);
    }

    [Fact]
    public void Auctioneer_certificate_number_is_upper_cased()
    {
        Assert.Equal("1234/TP/ĐG-CCHN", new Auctioneer("Nguyễn Văn Hùng", " 1234/tp/đg-cchn ", Guid.NewGuid()).PracticeCertificateNumber);
    }

    [Fact]
    public void Auctioneer_certificate_number_must_hold_digits()
    {
        var error = Refused(() => new Auctioneer("Nguyễn Văn Hùng", "TP/ĐG-CCHN", Guid.NewGuid()));
        Assert.Equal("AUCTIONEER_CERTIFICATE_INVALID", error.Code);
    }

    [Fact]
    public void Auctioneer_certificate_number_refuses_inner_spaces()
    {
        var error = Refused(() => new Auctioneer("Nguyễn Văn Hùng", "1234 /TP/ĐG-CCHN", Guid.NewGuid()));
        Assert.Equal("AUCTIONEER_CERTIFICATE_INVALID", error.Code);
    }

    [Fact]
    public void Auctioneer_moves_to_another_organisation_but_not_to_the_same_one()
    {
        var first = Guid.NewGuid();
        var auctioneer = new Auctioneer("Trần Thị Lan", "0456/TP/ĐG-CCHN", first);
        Assert.Equal("AUCTIONEER_SAME_ORGANISATION", Refused(() => auctioneer.MoveTo(first)).Code);
        var second = Guid.NewGuid();
        auctioneer.MoveTo(second);
        Assert.Equal(second, auctioneer.AuctionOrganisationId);
    }

    [Fact]
    public void Asset_owner_individual_cannot_be_an_organisation()
    {
        var error = Refused(() => new AssetOwner(AssetOwnerKind.Individual, "Lê Văn Nam", "Hà Nội", Guid.NewGuid()));
        Assert.Equal("ASSET_OWNER_INDIVIDUAL_ORGANISATION", error.Code);
        var bank = new AssetOwner(AssetOwnerKind.Bank, "Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh Thành phố Hà Nội", "Hà Nội", Guid.NewGuid());
        Assert.Equal(AssetOwnerKind.Bank, bank.Kind);
    }

    [Theory]
    [InlineData(1_250_000_000L, "1.250.000.000 ₫")]
    [InlineData(0L, "0 ₫")]
    [InlineData(999L, "999 ₫")]
    public void Money_is_formatted_the_vietnamese_way(long amount, string expected) => Assert.Equal(expected, Vnd.Format(amount));
}
