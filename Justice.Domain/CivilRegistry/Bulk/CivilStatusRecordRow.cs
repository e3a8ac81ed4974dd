namespace Justice.Domain.CivilRegistry.Bulk;

/// <summary>
/// One generated civil-status record for bulk loading: a registration and its subject person, flat.
/// The book and entry number are not in the row: the loader assigns them gap-free as rows stream in
/// (book = authority + event type + year of <see cref="RegistrationDate"/>, quyển số 1).
/// </summary>
public readonly record struct CivilStatusRecordRow(
    Guid RegistrationId,
    Guid AuthorityId,
    CivilStatusEventType EventType,
    DateOnly RegistrationDate,
    string OfficerName,
    string SignerName,
    string SignerTitle,
    Guid PersonId,
    string FullName,
    Sex Sex,
    DateOnly DateOfBirth,
    string PlaceOfBirth,
    string? HomeTown,
    Ethnicity Ethnicity,
    string Nationality,
    string? PersonalIdNumber,
    DateOnly? EventDate,
    string? EventPlace,
    string? MaritalStatusPurpose,
    string? MaritalStatusStatement,
    DateOnly? ValidUntil);

/// <summary>A registering authority the generator spreads records over, with the place names it prints.</summary>
public readonly record struct CivilStatusAuthority(Guid OrganisationId, string ProvinceCode, string CommuneName, string ProvinceName);
