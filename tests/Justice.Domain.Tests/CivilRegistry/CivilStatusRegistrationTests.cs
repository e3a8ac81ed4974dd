using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;
using static Justice.Domain.Tests.CivilRegistry.CivilRegistrySamples;

namespace Justice.Domain.Tests.CivilRegistry;

public sealed class CivilStatusRegistrationTests
{
    private static readonly Guid Authority = Guid.CreateVersion7();
    private static readonly DateOnly Day = new(2025, 3, 10);

    [Fact]
    public void The_book_numbers_entries_one_after_another()
    {
        var book = new RegisterBook(Authority, CivilStatusEventType.Birth, 2025);
        var numbers = Enumerable.Range(0, 3)
            .Select(_ => CivilStatusRegistration.RegisterBirth(book, Day, Newborn(Day.AddDays(-10)), null, null, Signing, Now).EntryNumber)
            .ToList();
        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal(3, book.LastEntryNumber);
        Assert.Equal("01/2025", book.Label);
    }

    [Fact]
    public void A_registration_goes_into_a_book_of_its_type_and_year_that_is_open()
    {
        var deaths = new RegisterBook(Authority, CivilStatusEventType.Death, 2025);
        Assert.Equal("REGISTRATION_BOOK_MISMATCH", Assert.Throws<DomainException>(
            () => CivilStatusRegistration.RegisterBirth(deaths, Day, Newborn(Day), null, null, Signing, Now)).Code);
        var lastYear = new RegisterBook(Authority, CivilStatusEventType.Birth, 2024);
        Assert.Equal("REGISTRATION_BOOK_YEAR_MISMATCH", Assert.Throws<DomainException>(
            () => CivilStatusRegistration.RegisterBirth(lastYear, Day, Newborn(Day), null, null, Signing, Now)).Code);
        var closed = new RegisterBook(Authority, CivilStatusEventType.Birth, 2025);
        closed.Close();
        Assert.Equal("REGISTER_BOOK_CLOSED", Assert.Throws<DomainException>(
            () => CivilStatusRegistration.RegisterBirth(closed, Day, Newborn(Day), null, null, Signing, Now)).Code);
        Assert.Equal("REGISTER_BOOK_CLOSED", Assert.Throws<DomainException>(closed.Close).Code);
        Assert.Equal("REGISTER_BOOK_NUMBER_INVALID", Assert.Throws<DomainException>(
            () => new RegisterBook(Authority, CivilStatusEventType.Birth, 2025, 0)).Code);
        var births = new RegisterBook(Authority, CivilStatusEventType.Birth, 2025);
        Assert.Equal("REGISTRATION_BEFORE_EVENT", Assert.Throws<DomainException>(
            () => CivilStatusRegistration.RegisterBirth(births, Day, Newborn(Day.AddDays(1)), null, null, Signing, Now)).Code);
        Assert.Equal(0, births.LastEntryNumber); // a refused registration takes no number
    }

    [Fact]
    public void A_birth_informs_the_population_database_and_for_a_child_under_six_social_insurance()
    {
        var book = new RegisterBook(Authority, CivilStatusEventType.Birth, 2025);
        var father = Adult("Nguyễn Văn Hùng", Sex.Male, new DateOnly(1990, 5, 1));
        var mother = Adult("Trần Thị Mai", Sex.Female, new DateOnly(1992, 8, 2), 2);
        var newborn = CivilStatusRegistration.RegisterBirth(book, Day, Newborn(Day.AddDays(-20)), father, mother, Signing, Now);
        Assert.Equal([InterconnectionTarget.NationalPopulationDatabase, InterconnectionTarget.SocialInsurance],
            newborn.OutboundMessages.Select(m => m.Target));
        Assert.All(newborn.OutboundMessages, m =>
        {
            Assert.Equal(newborn.Id, m.RegistrationId);
            Assert.Equal(DeliveryStatus.Pending, m.Status);
            Assert.Contains("Nguyễn Ngọc Bảo Anh", m.Payload);
        });
        Assert.Equal([ParticipantRole.Father, ParticipantRole.Mother], newborn.Participants.Select(p => p.Role));

        var lateRegistration = CivilStatusRegistration.RegisterBirth(book, Day, Newborn(Day.AddYears(-6)), null, mother, Signing, Now);
        Assert.Equal([InterconnectionTarget.NationalPopulationDatabase], lateRegistration.OutboundMessages.Select(m => m.Target));
        var almostSix = CivilStatusRegistration.RegisterBirth(book, Day, Newborn(Day.AddYears(-6).AddDays(1)), null, null, Signing, Now);
        Assert.Equal(2, almostSix.OutboundMessages.Count);
        var stricter = CivilStatusRegistration.RegisterBirth(book, Day, Newborn(Day.AddYears(-2)), null, null, Signing, Now,
            new CivilRegistryOptions { SocialInsuranceChildAgeLimitYears = 1 });
        Assert.Single(stricter.OutboundMessages);

        Assert.Equal(2, newborn.TakeOutboundMessages().Count);
        Assert.Empty(newborn.OutboundMessages);
    }

    [Fact]
    public void Spouses_must_be_two_people_of_marriage_age()
    {
        var book = new RegisterBook(Authority, CivilStatusEventType.Marriage, 2025);
        var groom = Adult("Phạm Quốc Huy", Sex.Male, Day.AddYears(-20));
        var bride = Adult("Lê Thị Hồng Nhung", Sex.Female, Day.AddYears(-18), 2);
        var marriage = CivilStatusRegistration.RegisterMarriage(book, Day, groom, bride, Signing);
        Assert.Equal(groom.Id, marriage.SubjectPersonId);
        Assert.Equal(bride.Id, Assert.Single(marriage.Participants).PersonId);

        var young = Adult("Phạm Minh Khang", Sex.Male, Day.AddYears(-20).AddDays(1), 3);
        Assert.Equal("MARRIAGE_UNDERAGE", Assert.Throws<DomainException>(
            () => CivilStatusRegistration.RegisterMarriage(book, Day, young, bride, Signing)).Code);
        Assert.Equal("MARRIAGE_SAME_PERSON", Assert.Throws<DomainException>(
            () => CivilStatusRegistration.RegisterMarriage(book, Day, groom, groom, Signing)).Code);
    }

    [Fact]
    public void A_marital_status_confirmation_states_its_purpose_and_lasts_six_months_by_default()
    {
        var book = new RegisterBook(Authority, CivilStatusEventType.MaritalStatusConfirmation, 2025);
        var applicant = Adult("Đỗ Thị Thùy Linh", Sex.Female, new DateOnly(1996, 1, 2));
        var confirmation = CivilStatusRegistration.ConfirmMaritalStatus(book, Day, applicant, "Đăng ký kết hôn", "Chưa đăng ký kết hôn với ai.", Signing);
        Assert.Equal(new DateOnly(2025, 9, 9), confirmation.ValidUntil);
        Assert.True(confirmation.IsValidOn(new DateOnly(2025, 9, 9)));
        Assert.False(confirmation.IsValidOn(new DateOnly(2025, 9, 10)));

        var longer = CivilStatusRegistration.ConfirmMaritalStatus(book, Day, applicant, "Đăng ký kết hôn", "Chưa đăng ký kết hôn với ai.", Signing,
            new CivilRegistryOptions { MaritalStatusConfirmationValidityMonths = 12 });
        Assert.Equal(new DateOnly(2026, 3, 9), longer.ValidUntil);
        Assert.Equal("TEXT_REQUIRED", Assert.Throws<DomainException>(
            () => CivilStatusRegistration.ConfirmMaritalStatus(book, Day, applicant, " ", "Chưa đăng ký kết hôn với ai.", Signing)).Code);
    }

    [Fact]
    public void Death_and_other_events_have_their_own_rules()
    {
        var deaths = new RegisterBook(Authority, CivilStatusEventType.Death, 2025);
        var deceased = Adult("Hoàng Văn Sơn", Sex.Male, new DateOnly(1940, 1, 1));
        Assert.Equal("DEATH_BEFORE_BIRTH", Assert.Throws<DomainException>(() => CivilStatusRegistration.RegisterDeath(
            deaths, Day, deceased, new DateOnly(1939, 1, 1), "Tại nhà", null, Signing)).Code);
        var death = CivilStatusRegistration.RegisterDeath(deaths, Day, deceased, Day.AddDays(-3), "Tại nhà riêng, xã Hòa Bình", null, Signing);
        Assert.Equal(Day.AddDays(-3), death.EventDate);

        var births = new RegisterBook(Authority, CivilStatusEventType.Birth, 2025);
        Assert.Equal("REGISTRATION_EVENT_TYPE_INVALID", Assert.Throws<DomainException>(
            () => CivilStatusRegistration.RegisterOther(births, Day, deceased, [], Signing)).Code);
        var guardianship = new RegisterBook(Authority, CivilStatusEventType.Guardianship, 2025);
        var ward = Newborn(new DateOnly(2015, 1, 1));
        var registration = CivilStatusRegistration.RegisterOther(guardianship, Day, ward, [(deceased, ParticipantRole.Guardian)], Signing);
        Assert.Equal(ParticipantRole.Guardian, Assert.Single(registration.Participants).Role);
        Assert.Equal("PARTICIPANT_DUPLICATE", Assert.Throws<DomainException>(() => CivilStatusRegistration.RegisterOther(
            guardianship, Day, ward, [(deceased, ParticipantRole.Guardian), (deceased, ParticipantRole.Declarant)], Signing)).Code);
    }

    [Fact]
    public void A_correction_keeps_the_value_it_replaced()
    {
        var registration = CivilStatusRegistration.RegisterBirth(new RegisterBook(Authority, CivilStatusEventType.Birth, 2025), Day,
            Newborn(Day.AddDays(-5)), null, null, Signing, Now);
        var basis = Guid.CreateVersion7();
        registration.Amend(AmendmentKind.Correction, RegistrationField.SubjectFullName, "Nguyễn Ngọc Bảo An", "Ghi sai tên khi đăng ký",
            Day.AddDays(30), basis);
        registration.Amend(AmendmentKind.Correction, RegistrationField.EventDate, Day.AddDays(-6).ToString("yyyy-MM-dd"), "Ghi sai ngày sinh", Day.AddDays(31));

        Assert.Equal(RegistrationStatus.Amended, registration.Status);
        Assert.Equal("Nguyễn Ngọc Bảo An", registration.SubjectFullName);
        Assert.Equal(Day.AddDays(-6), registration.EventDate);
        var first = registration.Amendments[0];
        Assert.Equal((1, "Nguyễn Ngọc Bảo Anh", "Nguyễn Ngọc Bảo An", basis), (first.Sequence, first.OldValue, first.NewValue, first.BasisRegistrationId));
        Assert.Equal(2, registration.Amendments[1].Sequence);

        Assert.Equal("AMENDMENT_NO_CHANGE", Assert.Throws<DomainException>(() => registration.Amend(AmendmentKind.Correction,
            RegistrationField.SubjectFullName, "Nguyễn Ngọc Bảo An", "Lý do", Day.AddDays(40))).Code);
        Assert.Equal("AMENDMENT_BEFORE_REGISTRATION", Assert.Throws<DomainException>(() => registration.Amend(AmendmentKind.Supplement,
            RegistrationField.Notes, "Bổ sung", "Lý do", Day.AddDays(-1))).Code);
        Assert.Equal("AMENDMENT_VALUE_INVALID", Assert.Throws<DomainException>(() => registration.Amend(AmendmentKind.Correction,
            RegistrationField.EventDate, "10/03/2025", "Lý do", Day.AddDays(40))).Code);
        Assert.Equal("AMENDMENT_FIELD_INVALID", Assert.Throws<DomainException>(() => registration.Amend(AmendmentKind.Correction,
            RegistrationField.MaritalStatusStatement, "Chưa kết hôn", "Lý do", Day.AddDays(40))).Code);

        registration.Revoke("Đăng ký trái thẩm quyền", Day.AddDays(50));
        Assert.Equal("REGISTRATION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => registration.Amend(AmendmentKind.Supplement,
            RegistrationField.Notes, "Bổ sung", "Lý do", Day.AddDays(60))).Code);
        Assert.Equal("REGISTRATION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => registration.Revoke("Lần nữa", Day.AddDays(60))).Code);
        Assert.Equal("REGISTRATION_REVOKED", Assert.Throws<DomainException>(
            () => registration.IssueExtract(ExtractKind.CopyExtract, Day.AddDays(60), "Nguyễn Văn Hùng")).Code);
    }

    [Fact]
    public void Extracts_are_numbered_and_the_original_is_issued_once()
    {
        var registration = CivilStatusRegistration.RegisterBirth(new RegisterBook(Authority, CivilStatusEventType.Birth, 2025), Day,
            Newborn(Day.AddDays(-5)), null, null, Signing, Now);
        registration.IssueExtract(ExtractKind.OriginalCertificate, Day, "Nguyễn Văn Hùng");
        registration.IssueExtract(ExtractKind.CopyExtract, Day, "Nguyễn Văn Hùng", 2);
        registration.IssueExtract(ExtractKind.CopyExtract, Day.AddYears(3), "Nguyễn Ngọc Bảo Anh");
        Assert.Equal([1, 2, 3], registration.Extracts.Select(e => e.Number));
        Assert.Equal("CERTIFICATE_ALREADY_ISSUED", Assert.Throws<DomainException>(
            () => registration.IssueExtract(ExtractKind.OriginalCertificate, Day, "Nguyễn Văn Hùng")).Code);
        Assert.Equal("EXTRACT_BEFORE_REGISTRATION", Assert.Throws<DomainException>(
            () => registration.IssueExtract(ExtractKind.CopyExtract, Day.AddDays(-1), "Nguyễn Văn Hùng")).Code);
        Assert.Equal("EXTRACT_COPIES_INVALID", Assert.Throws<DomainException>(
            () => registration.IssueExtract(ExtractKind.CopyExtract, Day, "Nguyễn Văn Hùng", 0)).Code);
    }

    [Fact]
    public void Every_event_type_of_the_law_is_named()
    {
        Assert.All(Enum.GetValues<CivilStatusEventType>(), t => Assert.NotEqual(t.ToString(), t.DisplayName()));
        Assert.Equal(13, Enum.GetValues<CivilStatusEventType>().Length);
    }
}
