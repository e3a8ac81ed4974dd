using Justice.Domain.Enforcement;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Auctions;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Justice.Domain.Tests.Enforcement;

public class EnforcementDemoDataTests(ITestOutputHelper output)
{
    [Theory, BothProviders]
    public async Task Demo_data_covers_every_status(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var elapsed = await AuctionsDemoDataTests.SeedAsync(db, new EnforcementDemoData());
        output.WriteLine($"Enforcement demo data on {provider}: {elapsed.TotalMilliseconds:F0} ms");

        var cases = await db.Set<EnforcementCase>().Include(c => c.Parties).Include(c => c.Obligations).Include(c => c.Payments).ToListAsync();
        Assert.Equal(300, cases.Count);
        Assert.Equal(34, cases.Select(c => c.EnforcementOfficeId).Distinct().Count());
        foreach (var status in Enum.GetValues<EnforcementCaseStatus>())
            Assert.Contains(cases, c => c.Status == status);
        Assert.InRange(cases.Count(c => c.IsListedWithoutConditions), 30, 100);
        Assert.All(cases, c =>
        {
            Assert.Contains(c.Parties, p => p.Role == EnforcementPartyRole.Debtor);
            Assert.Equal(c.Payments.Sum(p => p.Amount), c.CollectedTotal);
            Assert.True(c.CollectedTotal <= c.MoneyObligationTotal);
            Assert.Equal(c.Status == EnforcementCaseStatus.NoConditionsToEnforce, c.IsListedWithoutConditions);
            if (c.Status == EnforcementCaseStatus.Completed) Assert.Equal(0, c.OutstandingAmount);
            if (c.Status is not (EnforcementCaseStatus.Accepted or EnforcementCaseStatus.Completed)) Assert.NotNull(c.Officer);
        });
        Assert.True(await PublicDebtorList.Query(db.Set<EnforcementCase>(), "nguyen").AnyAsync());
    }
}
