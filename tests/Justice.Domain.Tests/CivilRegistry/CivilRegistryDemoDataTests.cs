using Justice.Domain.AdministrativeUnits;
using Justice.Domain.CivilRegistry;
using Justice.Domain.DemoData;
using Justice.Domain.JudicialRecords;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Tests.CivilRegistry;

public sealed class CivilRegistryDemoDataTests
{
    private static readonly DateOnly ReferenceDate = new(2025, 9, 15);

    [Theory, BothProviders]
    public async Task Demo_data_registers_the_requested_records_over_communes_with_judicial_records_on_top(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var generator = new DemoDataGenerator([new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData(),
            new CivilRegistryDemoData(), new JudicialRecordsDemoData()]);
        await using (var db = database.NewContext())
            await generator.GenerateAsync(db, new DemoScale(1_500), ReferenceDate);

        await using (var db = database.NewContext())
        {
            Assert.Equal(1_500, await db.Set<CivilStatusRegistration>().CountAsync());
            Assert.Equal(1_500, await db.Set<Person>().CountAsync());
            var communes = await db.Set<Organisation>().Where(o => o.Kind == OrganisationKind.CommunePeoplesCommittee).Select(o => o.Id).ToListAsync();
            var authorities = await db.Set<CivilStatusRegistration>().Select(r => r.AuthorityId).Distinct().ToListAsync();
            Assert.All(authorities, a => Assert.Contains(a, communes));
            Assert.True(authorities.Count > 50);
            var books = await db.Set<RegisterBook>().ToListAsync();
            Assert.Equal(1_500, books.Sum(b => b.LastEntryNumber));
            var messages = await db.Set<InterconnectionMessage>().ToListAsync();
            Assert.InRange(messages.Count, 8, 16);
            Assert.Contains(messages, m => m.Status == DeliveryStatus.Acknowledged);
            Assert.Contains(messages, m => m.Status == DeliveryStatus.Pending);

            var records = await db.Set<JudicialRecord>().Include(r => r.Convictions).ToListAsync();
            Assert.InRange(records.Count, 20, 40);
            Assert.Contains(records, r => r.Convictions.Any(c => c.IsExpunged));
            var applications = await db.Set<JudicialRecordCertificateApplication>().ToListAsync();
            Assert.Equal(36, applications.Count);
            Assert.Contains(applications, a => a.Status == CertificateApplicationStatus.Issued);
            Assert.Equal(applications.Count(a => a.Status == CertificateApplicationStatus.Issued),
                await db.Set<IssuedJudicialRecordCertificate>().CountAsync());
        }
    }

    [Fact]
    public async Task Demo_data_is_the_same_on_every_run()
    {
        async Task<List<string>> Run()
        {
            await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            await using (var db = database.NewContext())
                await new DemoDataGenerator([new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData(), new CivilRegistryDemoData()])
                    .GenerateAsync(db, new DemoScale(300), ReferenceDate);
            await using var read = database.NewContext();
            return await read.Set<CivilStatusRegistration>().OrderBy(r => r.Id)
                .Select(r => r.SubjectFullName + "|" + r.EntryNumber + "|" + r.RegistrationDate).ToListAsync();
        }
        Assert.Equal(await Run(), await Run());
    }
}
