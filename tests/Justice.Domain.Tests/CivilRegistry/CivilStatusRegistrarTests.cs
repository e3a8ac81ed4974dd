using Justice.Domain.CivilRegistry;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using static Justice.Domain.Tests.CivilRegistry.CivilRegistrySamples;

namespace Justice.Domain.Tests.CivilRegistry;

public sealed class CivilStatusRegistrarTests
{
    private static readonly DateOnly Day = new(2025, 3, 10);

    [Theory, BothProviders]
    public async Task Officers_registering_at_the_same_moment_get_numbers_one_to_n_without_gaps(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var parallel = provider == DatabaseProvider.PostgreSql ? 40 : 20;
        var commune = Commune();
        await using (var db = database.NewContext())
        {
            db.Add(commune);
            await db.SaveChangesAsync();
        }

        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, parallel).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await using var db = NewContext(database);
            var child = new Person($"Nguyễn Văn An {i}", Sex.Male, Day.AddDays(-(i % 30)), "Thành phố Hà Nội", Ethnicity.Kinh);
            db.Add(child);
            var registration = await new CivilStatusRegistrar(db).RegisterAsync(commune.Id, CivilStatusEventType.Birth, 2025,
                book => CivilStatusRegistration.RegisterBirth(book, Day, child, null, null, Signing, Now));
            return registration.EntryNumber;
        })).ToList();
        start.Set();
        var numbers = await Task.WhenAll(tasks);

        Assert.Equal(Enumerable.Range(1, parallel), numbers.Order());
        await using (var db = database.NewContext())
        {
            var stored = await db.Set<CivilStatusRegistration>().Select(r => r.EntryNumber).OrderBy(n => n).ToListAsync();
            Assert.Equal(Enumerable.Range(1, parallel), stored);
            var book = await db.Set<RegisterBook>().SingleAsync();
            Assert.Equal(parallel, book.LastEntryNumber);
            Assert.Equal(parallel, await db.Set<Person>().CountAsync());
            Assert.Equal(parallel * 2, await db.Set<InterconnectionMessage>().CountAsync());
        }
    }

    [Theory, BothProviders]
    public async Task A_registration_continues_the_book_and_saves_the_people_added_before(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commune = Commune();
        await using (var db = database.NewContext())
        {
            db.Add(commune);
            var book = new RegisterBook(commune.Id, CivilStatusEventType.Marriage, 2025);
            for (var i = 0; i < 7; i++) book.NextEntryNumber();
            db.Add(book);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var groom = Adult("Vũ Đức Thắng", Sex.Male, new DateOnly(1995, 2, 3));
            var bride = Adult("Bùi Thị Thu Trang", Sex.Female, new DateOnly(1998, 7, 9), 2);
            db.AddRange(groom, bride);
            var registration = await new CivilStatusRegistrar(db).RegisterAsync(commune.Id, CivilStatusEventType.Marriage, 2025,
                book => CivilStatusRegistration.RegisterMarriage(book, Day, groom, bride, Signing));
            Assert.Equal(8, registration.EntryNumber);
        }
        await using (var db = database.NewContext())
        {
            Assert.Equal(2, await db.Set<Person>().CountAsync());
            Assert.Equal(8, (await db.Set<RegisterBook>().SingleAsync()).LastEntryNumber);
        }
    }

    private static JusticeDbContext NewContext(TestDatabase database) => database.Provider == DatabaseProvider.Sqlite
        // SQLite has one writer at a time: wait for the lock instead of failing.
        ? JusticeDomainServiceCollectionExtensions.CreateContext(database.Provider, database.ConnectionString + ";Default Timeout=120")
        : database.NewContext();
}
