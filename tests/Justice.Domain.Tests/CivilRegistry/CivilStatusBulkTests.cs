using System.Text;
using Justice.Domain.CivilRegistry;
using Justice.Domain.CivilRegistry.Bulk;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Tests.CivilRegistry;

public sealed class CivilStatusBulkTests
{
    private static readonly DateOnly From = new(2023, 11, 1);
    private static readonly DateOnly To = new(2025, 2, 28);

    private static List<CivilStatusAuthority> Authorities(IEnumerable<Organisation> communes) =>
        communes.Select((o, i) => new CivilStatusAuthority(o.Id, i % 2 == 0 ? "01" : "79", $"Phường {i + 1}",
            i % 2 == 0 ? "Thành phố Hà Nội" : "Thành phố Hồ Chí Minh")).ToList();

    private static List<Organisation> Communes(int count) =>
        Enumerable.Range(1, count).Select(i => CivilRegistrySamples.Commune($"{i:D5}")).ToList();

    [Fact]
    public void The_generator_is_deterministic_and_follows_the_national_proportions()
    {
        var authorities = Authorities(Communes(5));
        var first = new CivilStatusRecordGenerator(new Random(7), authorities, From, To).Generate(20_000).ToList();
        var again = new CivilStatusRecordGenerator(new Random(7), authorities, From, To).Generate(20_000).ToList();
        Assert.Equal(first, again);

        double Share(Func<CivilStatusEventType, bool> which) => first.Count(r => which(r.EventType)) / (double)first.Count;
        Assert.InRange(Share(t => t == CivilStatusEventType.Birth), 0.59, 0.64);
        Assert.InRange(Share(t => t == CivilStatusEventType.Marriage), 0.11, 0.135);
        Assert.InRange(Share(t => t == CivilStatusEventType.Death), 0.075, 0.095);
        Assert.InRange(Share(t => t == CivilStatusEventType.MaritalStatusConfirmation), 0.15, 0.17);
        Assert.InRange(Share(t => t is not (CivilStatusEventType.Birth or CivilStatusEventType.Marriage or CivilStatusEventType.Death
            or CivilStatusEventType.MaritalStatusConfirmation)), 0.01, 0.03);

        Assert.True(first.Zip(first.Skip(1)).All(p => p.First.RegistrationDate <= p.Second.RegistrationDate));
        Assert.Equal(From, first[0].RegistrationDate);
        Assert.Equal(To, first[^1].RegistrationDate);
        var ids = first.Where(r => r.PersonalIdNumber is not null).Select(r => r.PersonalIdNumber!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(first.Where(r => r.PersonalIdNumber is not null), r => PersonalIdNumber.Parse(r.PersonalIdNumber, r.DateOfBirth, r.Sex));
        Assert.Equal(first.Count * 2, first.SelectMany(r => new[] { r.PersonId, r.RegistrationId }).Distinct().Count());
        Assert.All(first.Take(500), r =>
        {
            Assert.True(r.FullName.IsNormalized(NormalizationForm.FormC));
            Assert.InRange(r.FullName.Split(' ').Length, 3, 4);
            Assert.True(r.DateOfBirth <= r.RegistrationDate);
        });
        Assert.True(first.Count(r => r.FullName.StartsWith("Nguyễn ", StringComparison.Ordinal)) > first.Count / 4);
        Assert.Contains(first, r => r.FullName.Any(c => c > 127));
        Assert.All(first.Where(r => r.EventType == CivilStatusEventType.MaritalStatusConfirmation).Take(50),
            r => Assert.Equal(r.RegistrationDate.AddMonths(6).AddDays(-1), r.ValidUntil));
        Assert.All(first.Where(r => r.EventType == CivilStatusEventType.Marriage).Take(50),
            r => Assert.True(r.DateOfBirth.AddYears(20) <= r.RegistrationDate));
    }

    [Theory, BothProviders]
    public async Task A_bad_personal_id_number_refuses_the_whole_load_and_leaves_the_registry_as_it_was(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var communes = Communes(2);
        await using (var db = database.NewContext())
        {
            db.AddRange(communes);
            await db.SaveChangesAsync();
        }
        var rows = new CivilStatusRecordGenerator(new Random(3), Authorities(communes), From, To).Generate(1_200).ToList();
        // In the third batch, so two batches are already in the database when it fails.
        var victim = rows.FindIndex(1_100, r => r.PersonalIdNumber is not null && r.DateOfBirth.Year != 1999);
        rows[victim] = rows[victim] with { PersonalIdNumber = "001199" + rows[victim].PersonalIdNumber![6..] }; // says born in 1999

        await using (var db = database.NewContext())
        {
            var error = await Assert.ThrowsAsync<Justice.Domain.Common.DomainException>(
                () => new CivilStatusBulkLoader { BatchSize = 500 }.LoadAsync(db, rows));
            Assert.Equal("PERSONAL_ID_BIRTH_MISMATCH", error.Code);
        }

        await using var reader = database.NewContext();
        Assert.Equal(0, await reader.Set<CivilStatusRegistration>().CountAsync());
        Assert.Equal(0, await reader.Set<Person>().CountAsync());
        Assert.Equal(0, await reader.Set<RegisterBook>().CountAsync());
    }

    [Theory, BothProviders]
    public async Task The_bulk_loader_writes_gap_free_numbers_per_book_and_continues_existing_books(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var communes = Communes(3);
        var existing = new RegisterBook(communes[0].Id, CivilStatusEventType.Birth, 2024);
        for (var i = 0; i < 5; i++) existing.NextEntryNumber();
        await using (var db = database.NewContext())
        {
            db.AddRange(communes);
            db.Add(existing);
            await db.SaveChangesAsync();
        }
        var generator = new CivilStatusRecordGenerator(new Random(11), Authorities(communes), From, To);
        var loader = new CivilStatusBulkLoader { BatchSize = 700 };
        long loaded;
        await using (var db = database.NewContext())
            loaded = await loader.LoadAsync(db, generator.Generate(3_000));
        Assert.Equal(3_000, loaded);
        // A second load continues every book where the first stopped.
        await using (var db = database.NewContext())
            loaded = await loader.LoadAsync(db, generator.Generate(1_000));
        Assert.Equal(1_000, loaded);

        await using (var db = database.NewContext())
        {
            Assert.Equal(4_000, await db.Set<CivilStatusRegistration>().CountAsync());
            Assert.Equal(4_000, await db.Set<Person>().CountAsync());
            var books = await db.Set<RegisterBook>().ToListAsync();
            var numbers = (await db.Set<CivilStatusRegistration>().Select(r => new { r.BookId, r.EntryNumber }).ToListAsync())
                .ToLookup(r => r.BookId, r => r.EntryNumber);
            foreach (var book in books)
            {
                var inBook = numbers[book.Id].Order().ToList();
                var first = book.Id == existing.Id ? 6 : 1;
                Assert.Equal(Enumerable.Range(first, book.LastEntryNumber - first + 1), inBook);
            }
            Assert.Equal(numbers.Count, books.Count(b => b.LastEntryNumber > 0));
            Assert.True(books.Single(b => b.Id == existing.Id).LastEntryNumber > 5);

            // Read back through EF: ids, dates, enums and converted numbers come out as written.
            var registration = await db.Set<CivilStatusRegistration>().OrderBy(r => r.RegistrationDate).ThenBy(r => r.Id).FirstAsync();
            var person = await db.Set<Person>().SingleAsync(p => p.Id == registration.SubjectPersonId);
            Assert.Equal(person.FullName, registration.SubjectFullName);
            Assert.Equal(From, registration.RegistrationDate);
            Assert.Contains(communes, c => c.Id == registration.AuthorityId);
            var withNumber = await db.Set<Person>().FirstAsync(p => p.PersonalIdNumber != null);
            Assert.Equal(withNumber.Id, (await db.Set<Person>().SingleAsync(p => p.PersonalIdNumber == withNumber.PersonalIdNumber)).Id);
            Assert.Equal(withNumber.DateOfBirth.Year, withNumber.PersonalIdNumber!.BirthYear);
            var confirmation = await db.Set<CivilStatusRegistration>().FirstAsync(r => r.EventType == CivilStatusEventType.MaritalStatusConfirmation);
            Assert.NotNull(confirmation.ValidUntil);
            Assert.NotNull(confirmation.MaritalStatusPurpose);
            Assert.Equal(RegistrationStatus.Registered, confirmation.Status);
        }

        // A registration through the domain takes the next number after the bulk load.
        await using (var db = database.NewContext())
        {
            var book = await db.Set<RegisterBook>().OrderByDescending(b => b.LastEntryNumber).FirstAsync();
            var last = book.LastEntryNumber;
            var child = new Person("Trần Gia Huy", Sex.Male, new DateOnly(book.Year, 1, 1), "Thành phố Hà Nội", Ethnicity.Kinh);
            db.Add(child);
            var registration = await new CivilStatusRegistrar(db).RegisterAsync(book.AuthorityId, book.EventType, book.Year,
                b => book.EventType == CivilStatusEventType.Birth
                    ? CivilStatusRegistration.RegisterBirth(b, new DateOnly(book.Year, 12, 31), child, null, null, CivilRegistrySamples.Signing, CivilRegistrySamples.Now)
                    : CivilStatusRegistration.ConfirmMaritalStatus(b, new DateOnly(book.Year, 12, 31), child, "Kết hôn", "Chưa đăng ký kết hôn với ai.", CivilRegistrySamples.Signing));
            Assert.Equal(last + 1, registration.EntryNumber);
        }
    }

    [Fact]
    public async Task The_loader_table_and_column_names_match_the_model()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var db = database.NewContext();
        void Check(Type type, string table, IEnumerable<string> columns)
        {
            var entity = db.Model.FindEntityType(type)!;
            Assert.Equal(table, entity.GetTableName());
            var mapped = entity.GetProperties().Select(p => p.GetColumnName()).ToHashSet();
            Assert.All(columns, c => Assert.Contains(c, mapped));
        }
        Check(typeof(Person), CivilStatusBulkLoader.Tables.Person, CivilStatusBulkLoader.PersonColumns);
        Check(typeof(CivilStatusRegistration), CivilStatusBulkLoader.Tables.Registration, CivilStatusBulkLoader.RegistrationColumns);
        Check(typeof(RegisterBook), CivilStatusBulkLoader.Tables.RegisterBook, ["Id", "AuthorityId", "EventType", "Year", "BookNumber", "LastEntryNumber", "IsClosed", "Version"]);
        // Every required column of the two big tables is written by the loader.
        foreach (var (type, columns) in new[] { (typeof(Person), CivilStatusBulkLoader.PersonColumns), (typeof(CivilStatusRegistration), CivilStatusBulkLoader.RegistrationColumns) })
            Assert.All(db.Model.FindEntityType(type)!.GetProperties().Where(p => !p.IsNullable), p => Assert.Contains(p.GetColumnName(), columns));
    }
}
