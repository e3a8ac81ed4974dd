using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using static Justice.Domain.Tests.Auctions.AuctionTestData;

namespace Justice.Domain.Tests.Auctions;

public class AuctionsPersistenceTests
{
    private sealed record Fixture(AdministrativeUnit Province, Organisation Row, AuctionOrganisation Profile, AssetOwner Owner);

    private static async Task<Fixture> SeedAsync(TestDatabase database)
    {
        var province = Province();
        var row = AuctionOrganisationRow();
        var profile = new AuctionOrganisation(row, AuctionOrganisationKind.Company, "12/TP-ĐKHĐ", "Số 5 đường Lê Lợi, Phường Hoàn Kiếm, Thành phố Hà Nội", province);
        var owner = new AssetOwner(AssetOwnerKind.EnforcementAgency, "Thi hành án dân sự thành phố Hà Nội", "Số 1 đường Trần Phú, Hà Nội", provinceId: province.Id);
        await using var db = database.NewContext();
        db.AddRange(province, row, profile, owner);
        await db.SaveChangesAsync();
        return new Fixture(province, row, profile, owner);
    }

    [Theory, BothProviders]
    public async Task Organisation_profile_auctioneer_and_owner_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeedAsync(database);
        var auctioneer = new Auctioneer("Nguyễn Thị Thu Hương", "1234/TP/ĐG-CCHN", fixture.Profile.Id);
        await using (var db = database.NewContext())
        {
            db.Add(auctioneer);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var profile = await read.Set<AuctionOrganisation>().SingleAsync(p => p.OrganisationId == fixture.Row.Id);
        Assert.Equal(AuctionOrganisationKind.Company, profile.Kind);
        Assert.Equal("Công ty đấu giá hợp danh Lạc Việt", profile.Name);
        Assert.Equal("12/TP-ĐKHĐ", profile.RegistrationNumber);
        Assert.Equal(fixture.Province.Id, profile.ProvinceId);
        var storedAuctioneer = await read.Set<Auctioneer>().SingleAsync(a => a.PracticeCertificateNumber == "1234/TP/ĐG-CCHN");
        Assert.Equal("Nguyễn Thị Thu Hương", storedAuctioneer.FullName);
        Assert.Equal(fixture.Profile.Id, storedAuctioneer.AuctionOrganisationId);
        var owner = await read.Set<AssetOwner>().SingleAsync();
        Assert.Equal(AssetOwnerKind.EnforcementAgency, owner.Kind);
        Assert.Equal(fixture.Province.Id, owner.ProvinceId);
    }

    [Theory, BothProviders]
    public async Task Practice_certificate_numbers_are_unique(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeedAsync(database);
        await using (var db = database.NewContext())
        {
            db.Add(new Auctioneer("Nguyễn Văn Hùng", "0777/TP/ĐG-CCHN", fixture.Profile.Id));
            await db.SaveChangesAsync();
        }
        await using var second = database.NewContext();
        second.Add(new Auctioneer("Trần Văn Nam", "0777/tp/đg-cchn", fixture.Profile.Id));
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Theory, BothProviders]
    public async Task Selection_notice_round_trips_with_its_choice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeedAsync(database);
        var notice = new AuctionOrganisationSelectionNotice(fixture.Owner.Id, "Quyền sử dụng đất thửa đất số 125, tờ bản đồ số 12",
            AuctionAssetType.LandUseRights, 3_450_000_000, "Phương án đấu giá khả thi, hiệu quả", Now, Now.AddDays(5),
            AuctionRulesOptions.Default, fixture.Province.Id);
        notice.SelectOrganisation(fixture.Profile.Id, Now.AddDays(6));
        await using (var db = database.NewContext())
        {
            db.Add(notice);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var stored = await read.Set<AuctionOrganisationSelectionNotice>().SingleAsync(n => n.Id == notice.Id);
        Assert.Equal(3_450_000_000, stored.StartingPrice);
        Assert.Equal(AuctionAssetType.LandUseRights, stored.AssetType);
        Assert.Equal(Now, stored.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, stored.PublishedAt.Kind);
        Assert.Equal(Now.AddDays(5), stored.SubmissionDeadline);
        Assert.Equal(fixture.Profile.Id, stored.SelectedAuctionOrganisationId);
        Assert.Equal(Now.AddDays(6), stored.SelectedAt);
    }

    [Theory, BothProviders]
    public async Task Public_notice_round_trips_through_publication_and_result(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeedAsync(database);
        var notice = new PublicAuctionNotice(fixture.Profile.Id, fixture.Owner.Id, fixture.Province.Id, Terms(), AuctionRulesOptions.Default);
        notice.Publish(Now, AuctionRulesOptions.Default);
        await using (var db = database.NewContext())
        {
            db.Add(notice);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.Set<PublicAuctionNotice>().SingleAsync(n => n.Id == notice.Id);
            Assert.Equal(PublicAuctionNoticeStatus.Published, stored.Status);
            Assert.Null(stored.Result);
            Assert.Equal(AuctionForm.Oral, stored.Form);
            Assert.Equal(50_000_000, stored.Deposit);
            Assert.Equal(notice.AuctionAt, stored.AuctionAt);
            stored.RecordSale(725_000_000, stored.AuctionAt.AddHours(2));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var held = await read.Set<PublicAuctionNotice>().SingleAsync(n => n.Id == notice.Id);
        Assert.Equal(PublicAuctionNoticeStatus.Held, held.Status);
        Assert.Equal(AuctionOutcome.Sold, held.Result!.Outcome);
        Assert.Equal(725_000_000, held.Result.WinningPrice);
        Assert.Equal(held.AuctionAt.AddHours(2), held.Result.RecordedAt);
        Assert.Equal(1, held.Version);
    }

    [Theory, BothProviders]
    public async Task Concurrent_edits_of_a_notice_are_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await SeedAsync(database);
        var notice = new PublicAuctionNotice(fixture.Profile.Id, fixture.Owner.Id, fixture.Province.Id, Terms(), AuctionRulesOptions.Default);
        await using (var db = database.NewContext())
        {
            db.Add(notice);
            await db.SaveChangesAsync();
        }
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Set<PublicAuctionNotice>().SingleAsync();
        var b = await second.Set<PublicAuctionNotice>().SingleAsync();
        a.Publish(Now, AuctionRulesOptions.Default);
        await first.SaveChangesAsync();
        b.Cancel("Người có tài sản rút lại tài sản", Now);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
