using Justice.Domain.CivilRegistry;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using static Justice.Domain.Tests.CivilRegistry.CivilRegistrySamples;

namespace Justice.Domain.Tests.CivilRegistry;

public sealed class CivilRegistryPersistenceTests
{
    private static readonly DateOnly Day = new(2025, 3, 10);

    [Theory, BothProviders]
    public async Task A_registration_round_trips_with_its_people_history_extracts_and_messages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commune = Commune();
        var father = Adult("Nguyễn Văn Hùng", Sex.Male, new DateOnly(1990, 5, 1));
        var mother = Adult("Trần Thị Mai", Sex.Female, new DateOnly(1992, 8, 2), 2);
        var child = Newborn(Day.AddDays(-12));
        var book = new RegisterBook(commune.Id, CivilStatusEventType.Birth, 2025);
        var registration = CivilStatusRegistration.RegisterBirth(book, Day, child, father, mother, Signing, Now, notes: "Khai sinh đúng hạn");
        registration.IssueExtract(ExtractKind.OriginalCertificate, Day, "Nguyễn Văn Hùng");
        registration.Amend(AmendmentKind.Correction, RegistrationField.EventPlace, "Trạm Y tế phường Ba Đình, Thành phố Hà Nội", "Ghi sai nơi sinh", Day.AddDays(3));
        await using (var db = database.NewContext())
        {
            db.AddRange(commune, father, mother, child, book, registration);
            db.AddRange(registration.TakeOutboundMessages());
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var loaded = await db.Set<CivilStatusRegistration>()
                .Include(r => r.Participants).Include(r => r.Amendments).Include(r => r.Extracts)
                .SingleAsync(r => r.AuthorityId == commune.Id && r.BookYear == 2025 && r.BookNumber == 1 && r.EntryNumber == 1);
            Assert.Equal((CivilStatusEventType.Birth, Day, child.Id, "Nguyễn Ngọc Bảo Anh"),
                (loaded.EventType, loaded.RegistrationDate, loaded.SubjectPersonId, loaded.SubjectFullName));
            Assert.Equal(("Trần Thị Thu Hà", "Nguyễn Văn Bình", "Chủ tịch Ủy ban nhân dân"), (loaded.OfficerName, loaded.SignerName, loaded.SignerTitle));
            Assert.Equal(RegistrationStatus.Amended, loaded.Status);
            Assert.Equal("Bệnh viện Phụ sản Hà Nội, Thành phố Hà Nội", Assert.Single(loaded.Amendments).OldValue);
            Assert.Equal(2, loaded.Participants.Count);
            Assert.Equal(ExtractKind.OriginalCertificate, Assert.Single(loaded.Extracts).Kind);
            Assert.Equal(1, (await db.Set<RegisterBook>().SingleAsync(b => b.Id == book.Id)).LastEntryNumber);

            var messages = await db.Set<InterconnectionMessage>().Where(m => m.RegistrationId == loaded.Id).OrderBy(m => m.Target).ToListAsync();
            Assert.Equal([InterconnectionTarget.NationalPopulationDatabase, InterconnectionTarget.SocialInsurance], messages.Select(m => m.Target));
            Assert.Equal(Now, messages[0].CreatedAt);
            Assert.Equal(DateTimeKind.Utc, messages[0].CreatedAt.Kind);

            var byNumber = await db.Set<Person>().SingleAsync(p => p.PersonalIdNumber == father.PersonalIdNumber);
            Assert.Equal(("Nguyễn Văn Hùng", Ethnicity.Tay, father.PersonalIdNumber), (byNumber.FullName, byNumber.Ethnicity, byNumber.PersonalIdNumber));
            Assert.Null((await db.Set<Person>().SingleAsync(p => p.Id == child.Id)).PersonalIdNumber);

            loaded.IssueExtract(ExtractKind.CopyExtract, Day.AddDays(40), "Trần Thị Mai");
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
            Assert.Equal([1, 2], await db.Set<CivilStatusExtract>().OrderBy(e => e.Number).Select(e => e.Number).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task The_database_refuses_a_second_person_with_the_same_number_and_a_second_entry_with_the_same_number(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var born = new DateOnly(1990, 5, 1);
        await using (var db = database.NewContext())
        {
            db.AddRange(Adult("Nguyễn Văn Hùng", Sex.Male, born), Adult("Nguyễn Văn Hưng", Sex.Male, born));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        var commune = Commune();
        var person = Adult("Lê Thị Hoa", Sex.Female, born, 3);
        var book = new RegisterBook(commune.Id, CivilStatusEventType.Death, 2025);
        var first = CivilStatusRegistration.RegisterDeath(book, Day, person, Day, "Tại nhà", null, Signing);
        await using (var db = database.NewContext())
        {
            db.AddRange(commune, person, book, first);
            await db.SaveChangesAsync();
        }
        // A stale copy of the book hands out number 1 again: the unique index on (book, number) stops it.
        var staleBook = new RegisterBook(commune.Id, CivilStatusEventType.Death, 2025);
        typeof(Justice.Domain.Common.Entity).GetProperty(nameof(Justice.Domain.Common.Entity.Id))!.SetValue(staleBook, book.Id);
        await using (var db = database.NewContext())
        {
            var second = CivilStatusRegistration.RegisterDeath(staleBook, Day, person, Day, "Tại nhà", null, Signing);
            db.Add(second);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
