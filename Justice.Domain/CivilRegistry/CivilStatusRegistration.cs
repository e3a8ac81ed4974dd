using System.Globalization;
using Justice.Domain.Common;

namespace Justice.Domain.CivilRegistry;

/// <summary>
/// Đăng ký hộ tịch: one entry (số) in a register book (sổ hộ tịch, quyển số) of a registering authority.
/// Entry numbers come from the <see cref="RegisterBook"/>, so they are unique and gap-free per book.
/// </summary>
public sealed class CivilStatusRegistration : AggregateRoot
{
    private static readonly WorkflowTransitions<RegistrationStatus> Transitions = new("REGISTRATION_TRANSITION_REFUSED",
        (RegistrationStatus.Registered, RegistrationStatus.Amended),
        (RegistrationStatus.Amended, RegistrationStatus.Amended),
        (RegistrationStatus.Registered, RegistrationStatus.Revoked),
        (RegistrationStatus.Amended, RegistrationStatus.Revoked));

    private readonly List<CivilStatusParticipant> _participants = [];
    private readonly List<CivilStatusAmendment> _amendments = [];
    private readonly List<CivilStatusExtract> _extracts = [];
    private readonly List<InterconnectionMessage> _outboundMessages = [];

    private CivilStatusRegistration() { }

    private CivilStatusRegistration(RegisterBook book, CivilStatusEventType eventType, DateOnly registrationDate, Person subject,
        RegistrationSigning signing, DateOnly? eventDate, string? eventPlace, string? notes)
    {
        if (book.EventType != eventType)
            throw new DomainException("REGISTRATION_BOOK_MISMATCH",
                $"Sổ {book.EventType.DisplayName()} không dùng để đăng ký {eventType.DisplayName()}.");
        if (registrationDate.Year != book.Year)
            throw new DomainException("REGISTRATION_BOOK_YEAR_MISMATCH",
                $"Ngày đăng ký {registrationDate:dd/MM/yyyy} không thuộc năm của sổ ({book.Year}).");
        if (eventDate is { } happened && happened > registrationDate)
            throw new DomainException("REGISTRATION_BEFORE_EVENT", "Không thể đăng ký sự kiện hộ tịch chưa xảy ra.");
        OfficerName = VietnameseText.Required(signing.OfficerName, "Công chức tư pháp – hộ tịch", 200);
        SignerName = VietnameseText.Required(signing.SignerName, "Người ký", 200);
        SignerTitle = VietnameseText.Required(signing.SignerTitle, "Chức vụ người ký", 200);
        EventPlace = RegistrationText.Optional(eventPlace, "Nơi xảy ra sự kiện", 300);
        Notes = RegistrationText.Optional(notes, "Ghi chú", 2000);
        EntryNumber = book.NextEntryNumber();
        AuthorityId = book.AuthorityId;
        BookId = book.Id;
        BookYear = book.Year;
        BookNumber = book.BookNumber;
        EventType = eventType;
        RegistrationDate = registrationDate;
        EventDate = eventDate;
        SubjectPersonId = subject.Id;
        SubjectFullName = subject.FullName;
    }

    public Guid AuthorityId { get; private set; }
    public Guid BookId { get; private set; }
    public int BookYear { get; private set; }
    /// <summary>Quyển số.</summary>
    public int BookNumber { get; private set; }
    /// <summary>Số: gap-free within the book.</summary>
    public int EntryNumber { get; private set; }
    public DateOnly RegistrationDate { get; private set; }
    public CivilStatusEventType EventType { get; private set; }
    public string OfficerName { get; private set; } = "";
    public string SignerName { get; private set; } = "";
    public string SignerTitle { get; private set; } = "";
    /// <summary>The person the event is about: the child, the deceased, the applicant, one of the spouses.</summary>
    public Guid SubjectPersonId { get; private set; }
    /// <summary>The name as written in the register (a later change of name is an amendment, not an edit).</summary>
    public string SubjectFullName { get; private set; } = "";
    /// <summary>When the event happened (birth, marriage, death); null when the registration is the event.</summary>
    public DateOnly? EventDate { get; private set; }
    public string? EventPlace { get; private set; }
    /// <summary>Marital-status confirmation: what the paper is for (mục đích sử dụng).</summary>
    public string? MaritalStatusPurpose { get; private set; }
    /// <summary>Marital-status confirmation: the status confirmed ("Chưa đăng ký kết hôn với ai").</summary>
    public string? MaritalStatusStatement { get; private set; }
    /// <summary>Marital-status confirmation: last day it may be used.</summary>
    public DateOnly? ValidUntil { get; private set; }
    public string? Notes { get; private set; }
    public RegistrationStatus Status { get; private set; } = RegistrationStatus.Registered;
    public DateOnly? RevokedOn { get; private set; }
    public string? RevocationReason { get; private set; }

    public IReadOnlyList<CivilStatusParticipant> Participants => _participants;
    public IReadOnlyList<CivilStatusAmendment> Amendments => _amendments;
    public IReadOnlyList<CivilStatusExtract> Extracts => _extracts;

    /// <summary>Messages to outside systems this registration raised; the caller saves them with it (same transaction).</summary>
    public IReadOnlyList<InterconnectionMessage> OutboundMessages => _outboundMessages;

    /// <summary>Khai sinh. Raises the messages to the population database and, for a child under 6, to social insurance.</summary>
    public static CivilStatusRegistration RegisterBirth(RegisterBook book, DateOnly registrationDate, Person child,
        Person? father, Person? mother, RegistrationSigning signing, DateTime now, CivilRegistryOptions? options = null,
        string? notes = null)
    {
        options ??= CivilRegistryOptions.Default;
        var registration = new CivilStatusRegistration(book, CivilStatusEventType.Birth, registrationDate, child, signing,
            child.DateOfBirth, child.PlaceOfBirth, notes);
        if (father is not null) registration.AddParticipant(father, ParticipantRole.Father);
        if (mother is not null) registration.AddParticipant(mother, ParticipantRole.Mother);
        registration._outboundMessages.Add(InterconnectionMessage.BirthRegistered(
            InterconnectionTarget.NationalPopulationDatabase, registration, child, father, mother, now));
        if (child.AgeOn(registrationDate) < options.SocialInsuranceChildAgeLimitYears)
            registration._outboundMessages.Add(InterconnectionMessage.BirthRegistered(
                InterconnectionTarget.SocialInsurance, registration, child, father, mother, now));
        return registration;
    }

    /// <summary>Kết hôn: both spouses must have reached the marriage age on the registration date.</summary>
    public static CivilStatusRegistration RegisterMarriage(RegisterBook book, DateOnly registrationDate, Person spouse,
        Person otherSpouse, RegistrationSigning signing, CivilRegistryOptions? options = null, string? notes = null)
    {
        options ??= CivilRegistryOptions.Default;
        if (spouse.Id == otherSpouse.Id)
            throw new DomainException("MARRIAGE_SAME_PERSON", "Hai bên kết hôn phải là hai người khác nhau.");
        foreach (var person in new[] { spouse, otherSpouse })
        {
            var minimum = person.Sex == Sex.Male ? options.MinimumMarriageAgeMale : options.MinimumMarriageAgeFemale;
            if (person.AgeOn(registrationDate) < minimum)
                throw new DomainException("MARRIAGE_UNDERAGE", $"{person.FullName} chưa đủ tuổi kết hôn ({minimum} tuổi).");
        }
        var registration = new CivilStatusRegistration(book, CivilStatusEventType.Marriage, registrationDate, spouse, signing,
            registrationDate, null, notes);
        registration.AddParticipant(otherSpouse, ParticipantRole.Spouse);
        return registration;
    }

    /// <summary>Khai tử.</summary>
    public static CivilStatusRegistration RegisterDeath(RegisterBook book, DateOnly registrationDate, Person deceased,
        DateOnly dateOfDeath, string placeOfDeath, Person? declarant, RegistrationSigning signing, string? notes = null)
    {
        if (dateOfDeath < deceased.DateOfBirth)
            throw new DomainException("DEATH_BEFORE_BIRTH", "Ngày chết không thể trước ngày sinh.");
        var registration = new CivilStatusRegistration(book, CivilStatusEventType.Death, registrationDate, deceased, signing,
            dateOfDeath, VietnameseText.Required(placeOfDeath, "Nơi chết", 300), notes);
        if (declarant is not null) registration.AddParticipant(declarant, ParticipantRole.Declarant);
        return registration;
    }

    /// <summary>Xác nhận tình trạng hôn nhân: states its purpose and is valid for a configured number of months.</summary>
    public static CivilStatusRegistration ConfirmMaritalStatus(RegisterBook book, DateOnly registrationDate, Person applicant,
        string purpose, string statement, RegistrationSigning signing, CivilRegistryOptions? options = null)
    {
        options ??= CivilRegistryOptions.Default;
        var registration = new CivilStatusRegistration(book, CivilStatusEventType.MaritalStatusConfirmation, registrationDate,
            applicant, signing, null, null, null)
        {
            MaritalStatusPurpose = VietnameseText.Required(purpose, "Mục đích sử dụng", 500),
            MaritalStatusStatement = VietnameseText.Required(statement, "Tình trạng hôn nhân", 500),
            ValidUntil = registrationDate.AddMonths(options.MaritalStatusConfirmationValidityMonths).AddDays(-1),
        };
        return registration;
    }

    /// <summary>
    /// Every other event (parentage, guardianship, change, correction, supplement, ethnicity, recording of
    /// events abroad). Birth, marriage, death and marital status have their own factories and rules.
    /// </summary>
    public static CivilStatusRegistration RegisterOther(RegisterBook book, DateOnly registrationDate, Person subject,
        IEnumerable<(Person Person, ParticipantRole Role)> participants, RegistrationSigning signing,
        DateOnly? eventDate = null, string? eventPlace = null, string? notes = null)
    {
        if (book.EventType is CivilStatusEventType.Birth or CivilStatusEventType.Marriage or CivilStatusEventType.Death
            or CivilStatusEventType.MaritalStatusConfirmation)
            throw new DomainException("REGISTRATION_EVENT_TYPE_INVALID",
                $"Việc {book.EventType.DisplayName()} phải đăng ký theo thủ tục riêng.");
        var registration = new CivilStatusRegistration(book, book.EventType, registrationDate, subject, signing, eventDate, eventPlace, notes);
        foreach (var (person, role) in participants) registration.AddParticipant(person, role);
        return registration;
    }

    public bool IsValidOn(DateOnly day) => Status != RegistrationStatus.Revoked && (ValidUntil is null || day <= ValidUntil);

    /// <summary>
    /// Thay đổi, cải chính, bổ sung: the new value replaces the current one and the old one stays in
    /// <see cref="Amendments"/>. Refused on a revoked registration.
    /// </summary>
    public CivilStatusAmendment Amend(AmendmentKind kind, RegistrationField field, string? newValue, string reason,
        DateOnly amendedOn, Guid? basisRegistrationId = null)
    {
        Transitions.Ensure(Status, RegistrationStatus.Amended);
        if (amendedOn < RegistrationDate)
            throw new DomainException("AMENDMENT_BEFORE_REGISTRATION", "Ngày cải chính không thể trước ngày đăng ký.");
        var reasonText = VietnameseText.Required(reason, "Lý do", 1000);
        string? oldValue;
        string? value;
        switch (field)
        {
            case RegistrationField.SubjectFullName:
                oldValue = SubjectFullName;
                SubjectFullName = value = VietnameseText.Required(newValue, "Họ, chữ đệm và tên", 200);
                break;
            case RegistrationField.EventDate:
                oldValue = EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (!DateOnly.TryParseExact(newValue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    throw new DomainException("AMENDMENT_VALUE_INVALID", "Ngày phải theo định dạng yyyy-MM-dd.");
                if (date > RegistrationDate)
                    throw new DomainException("REGISTRATION_BEFORE_EVENT", "Ngày xảy ra sự kiện không thể sau ngày đăng ký.");
                EventDate = date;
                value = newValue;
                break;
            case RegistrationField.EventPlace:
                oldValue = EventPlace;
                EventPlace = value = VietnameseText.Required(newValue, "Nơi xảy ra sự kiện", 300);
                break;
            case RegistrationField.MaritalStatusStatement:
                if (EventType != CivilStatusEventType.MaritalStatusConfirmation)
                    throw new DomainException("AMENDMENT_FIELD_INVALID", "Chỉ giấy xác nhận tình trạng hôn nhân có nội dung này.");
                oldValue = MaritalStatusStatement;
                MaritalStatusStatement = value = VietnameseText.Required(newValue, "Tình trạng hôn nhân", 500);
                break;
            default:
                oldValue = Notes;
                Notes = value = RegistrationText.Optional(newValue, "Ghi chú", 2000);
                break;
        }
        if (oldValue == value)
            throw new DomainException("AMENDMENT_NO_CHANGE", "Giá trị mới trùng với giá trị đang ghi trong sổ.");
        var amendment = new CivilStatusAmendment(_amendments.Count + 1, kind, field, oldValue, value, reasonText, amendedOn, basisRegistrationId);
        _amendments.Add(amendment);
        Status = RegistrationStatus.Amended;
        return amendment;
    }

    /// <summary>Hủy việc đăng ký hộ tịch (e.g. registered against the law); the entry and its number stay in the book.</summary>
    public void Revoke(string reason, DateOnly revokedOn)
    {
        Transitions.Ensure(Status, RegistrationStatus.Revoked);
        if (revokedOn < RegistrationDate)
            throw new DomainException("REVOCATION_BEFORE_REGISTRATION", "Ngày hủy không thể trước ngày đăng ký.");
        RevocationReason = VietnameseText.Required(reason, "Lý do hủy", 1000);
        RevokedOn = revokedOn;
        Status = RegistrationStatus.Revoked;
    }

    /// <summary>
    /// Issues the original certificate (once) or a copy extract (trích lục, any number of times, numbered 1, 2, …).
    /// </summary>
    public CivilStatusExtract IssueExtract(ExtractKind kind, DateOnly issuedOn, string requestedBy, int copies = 1)
    {
        if (Status == RegistrationStatus.Revoked)
            throw new DomainException("REGISTRATION_REVOKED", "Việc đăng ký hộ tịch đã bị hủy, không thể cấp trích lục.");
        if (issuedOn < RegistrationDate)
            throw new DomainException("EXTRACT_BEFORE_REGISTRATION", "Không thể cấp trích lục trước ngày đăng ký.");
        if (copies < 1)
            throw new DomainException("EXTRACT_COPIES_INVALID", "Số bản trích lục phải từ 1 trở lên.");
        if (kind == ExtractKind.OriginalCertificate && _extracts.Any(e => e.Kind == ExtractKind.OriginalCertificate))
            throw new DomainException("CERTIFICATE_ALREADY_ISSUED", "Bản chính giấy tờ hộ tịch đã được cấp; chỉ cấp trích lục bản sao.");
        var extract = new CivilStatusExtract(_extracts.Count + 1, kind, issuedOn, copies,
            VietnameseText.Required(requestedBy, "Người yêu cầu", 200));
        _extracts.Add(extract);
        return extract;
    }

    /// <summary>Hands the raised messages to the caller once (so a retried save never adds them twice).</summary>
    public IReadOnlyList<InterconnectionMessage> TakeOutboundMessages()
    {
        var messages = _outboundMessages.ToList();
        _outboundMessages.Clear();
        return messages;
    }

    private void AddParticipant(Person person, ParticipantRole role)
    {
        if (person.Id == SubjectPersonId || _participants.Any(p => p.PersonId == person.Id))
            throw new DomainException("PARTICIPANT_DUPLICATE", $"{person.FullName} đã có trong việc đăng ký này.");
        _participants.Add(new CivilStatusParticipant(person.Id, role));
    }
}
