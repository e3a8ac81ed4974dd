using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Tests.Persistence;

public class ReferenceDataTests
{
    [Theory, BothProviders]
    public async Task Both_province_structures_load_and_old_records_resolve_to_todays_province(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            var generator = new DemoDataGenerator([new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData()]);
            await generator.GenerateAsync(db, DemoScale.Demo, new DateOnly(2026, 1, 1));
        }

        await using var reader = database.NewContext();
        var units = reader.Set<AdministrativeUnit>();
        var before = new DateOnly(2025, 6, 30);
        var after = new DateOnly(2025, 7, 1);
        Assert.Equal(63, await units.CountAsync(u => u.Level == AdministrativeLevel.Province && u.ValidFrom <= before && u.ValidTo >= before));
        Assert.Equal(34, await units.CountAsync(u => u.Level == AdministrativeLevel.Province && u.ValidFrom <= after && u.ValidTo == null));
        Assert.Equal(3321, await units.CountAsync(u => u.Level == AdministrativeLevel.Commune));

        var binhDuong = await units.SingleAsync(u => u.Code == "74");
        var successor = await units.SingleAsync(u => u.Id == binhDuong.SuccessorId);
        Assert.Equal("Thành phố Hồ Chí Minh", successor.Name);

        var hanoi = await units.SingleAsync(u => u.Code == "01" && u.ValidTo == null);
        Assert.Contains(await units.Where(u => u.ParentId == hanoi.Id).Select(u => u.Name).ToListAsync(), n => n == "Phường Hoàn Kiếm");

        var organisations = reader.Set<Organisation>();
        Assert.Equal(34, await organisations.CountAsync(o => o.Kind == OrganisationKind.ProvincialJusticeDepartment));
        Assert.Equal("Sở Tư pháp thành phố Hà Nội", (await organisations.SingleAsync(o => o.Code == "STP01")).Name);
    }
}
