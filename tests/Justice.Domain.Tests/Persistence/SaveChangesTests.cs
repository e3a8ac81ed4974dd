using System.Text;
using Justice.Domain.Organisations;
using Justice.Domain.Outbox;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Tests.Persistence;

public class SaveChangesTests
{
    [Theory, BothProviders]
    public async Task A_write_based_on_a_stale_version_is_refused_and_the_first_write_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisation = new Organisation("Sở Tư pháp tỉnh Cao Bằng", OrganisationKind.ProvincialJusticeDepartment, code: "STP04");
        await using (var db = database.NewContext())
        {
            db.Add(organisation);
            await db.SaveChangesAsync();
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var firstCopy = await first.Set<Organisation>().SingleAsync(o => o.Id == organisation.Id);
        var secondCopy = await second.Set<Organisation>().SingleAsync(o => o.Id == organisation.Id);

        firstCopy.Rename("Sở Tư pháp Cao Bằng");
        await first.SaveChangesAsync();
        secondCopy.Rename("Sở Tư pháp tỉnh Cao Bằng (cũ)");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var reader = database.NewContext();
        var stored = await reader.Set<Organisation>().SingleAsync(o => o.Id == organisation.Id);
        Assert.Equal("Sở Tư pháp Cao Bằng", stored.Name);
        Assert.Equal(1, stored.Version);
    }

    [Theory, BothProviders]
    public async Task Decomposed_text_is_stored_composed_whatever_path_it_took(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var decomposed = "{\"hoTen\":\"Trần Văn Đức\"}".Normalize(NormalizationForm.FormD);
        var now = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        Guid id;
        await using (var db = database.NewContext())
        {
            var message = new OutboxMessage("population.birth-registered", decomposed, now);
            id = message.Id;
            db.Add(message);
            await db.SaveChangesAsync();
        }

        await using var reader = database.NewContext();
        var stored = await reader.Set<OutboxMessage>().SingleAsync(m => m.Id == id);
        Assert.Equal("{\"hoTen\":\"Trần Văn Đức\"}", stored.Payload);
        Assert.True(stored.Payload.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(now, stored.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
    }
}
