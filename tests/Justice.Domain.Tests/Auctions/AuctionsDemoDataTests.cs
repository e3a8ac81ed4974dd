using System.Diagnostics;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Justice.Domain.Tests.Auctions;

public class AuctionsDemoDataTests(ITestOutputHelper output)
{
    private static readonly DateOnly ReferenceDate = new(2025, 11, 15);

    /// <summary>Runs the reference data, then this area's contributor alone, and returns how long the contributor took.</summary>
    internal static async Task<TimeSpan> SeedAsync(JusticeDbContext db, IDemoDataContributor contributor)
    {
        var generator = new DemoDataGenerator([new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData()]);
        await generator.GenerateAsync(db, DemoScale.Demo, ReferenceDate);
        var stopwatch = Stopwatch.StartNew();
        await new DemoDataGenerator([contributor]).GenerateAsync(db, DemoScale.Demo, ReferenceDate);
        return stopwatch.Elapsed;
    }

    [Theory, BothProviders]
    public async Task Demo_data_is_realistic(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var elapsed = await SeedAsync(db, new AuctionsDemoData());
        output.WriteLine($"Auctions demo data on {provider}: {elapsed.TotalMilliseconds:F0} ms");

        var profiles = await db.Set<AuctionOrganisation>().ToListAsync();
        Assert.InRange(profiles.Count, 90, 110);
        Assert.Equal(34, profiles.Count(p => p.Kind == AuctionOrganisationKind.PublicCentre));
        Assert.All(profiles.Where(p => p.Kind == AuctionOrganisationKind.Company), p => Assert.StartsWith("Công ty đấu giá hợp danh ", p.Name));
        var organisationIds = profiles.Select(p => p.OrganisationId).ToHashSet();
        Assert.Equal(profiles.Count, await db.Set<Organisation>().CountAsync(o => o.Kind == OrganisationKind.AuctionOrganisation));
        Assert.Equal(profiles.Count, organisationIds.Count);

        Assert.InRange(await db.Set<Auctioneer>().CountAsync(), 250, 350);
        var notices = await db.Set<PublicAuctionNotice>().ToListAsync();
        Assert.InRange(notices.Count, 200, 220);
        Assert.InRange(await db.Set<AuctionOrganisationSelectionNotice>().CountAsync(), 50, 70);
        foreach (var status in Enum.GetValues<PublicAuctionNoticeStatus>())
            Assert.Contains(notices, n => n.Status == status);
        Assert.Contains(notices, n => n.Result?.Outcome == AuctionOutcome.Sold);
        Assert.Contains(notices, n => n.Result?.Outcome == AuctionOutcome.NotSold);
        Assert.Contains(notices, n => n.SelectionNoticeId is not null);
        Assert.Contains(notices, n => n.AssetDescription.StartsWith("Quyền sử dụng đất", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.AssetDescription.Contains("tài sản kê biên để thi hành án", StringComparison.Ordinal));
        var provinceIds = await db.Set<AdministrativeUnit>().Where(u => u.Level == AdministrativeLevel.Province && u.ValidFrom >= AdministrativeUnit.Reform2025)
            .Select(u => u.Id).ToListAsync();
        Assert.All(notices, n => Assert.Contains(n.ProvinceId, provinceIds));

        // Every stored notice still satisfies the rules it was built under.
        var rules = AuctionRulesOptions.Default;
        Assert.All(notices, n =>
        {
            Assert.InRange(n.Deposit * 100m / n.StartingPrice, rules.MinimumDepositPercentFor(n.AssetType), rules.MaximumDepositPercent);
            Assert.True(n.RegistrationDeadline < n.AuctionAt);
            if (n.Result?.WinningPrice is { } price && n.Method == AuctionMethod.Ascending) Assert.True(price >= n.StartingPrice);
            if (n.PublishedAt is { } published) Assert.True((n.AuctionAt - published).TotalDays >= rules.MinimumDaysBeforeAuctionFor(n.AssetType) - 1);
        });
    }

    [Fact]
    public async Task Demo_data_is_deterministic()
    {
        async Task<List<string>> RunAsync()
        {
            await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            await using var db = database.NewContext();
            await SeedAsync(db, new AuctionsDemoData());
            return await db.Set<PublicAuctionNotice>().OrderBy(n => n.AuctionAt).ThenBy(n => n.StartingPrice)
                .Select(n => n.AssetDescription + "|" + n.StartingPrice + "|" + n.Status).ToListAsync();
        }
        Assert.Equal(await RunAsync(), await RunAsync());
    }
}
