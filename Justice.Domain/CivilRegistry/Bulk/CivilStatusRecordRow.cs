using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

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
public readonly record struct CivilStatusAuthority(Guid OrganisationId, string ProvinceCode, string CommuneName, string ProvinceName)
{
    /// <summary>Every commune People's Committee in the database with its commune and province, in a fixed order.</summary>
    public static async Task<List<CivilStatusAuthority>> LoadCommunesAsync(JusticeDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (
                from organisation in db.Set<Organisation>().AsNoTracking()
                where organisation.Kind == OrganisationKind.CommunePeoplesCommittee
                join commune in db.Set<AdministrativeUnit>() on organisation.AdministrativeUnitId equals commune.Id
                join province in db.Set<AdministrativeUnit>() on commune.ParentId equals province.Id
                orderby organisation.Code, organisation.Id
                select new { organisation.Id, ProvinceCode = province.Code, Commune = commune.Name, Province = province.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new CivilStatusAuthority(a.Id, a.ProvinceCode, a.Commune,
            a.Province.StartsWith("Thành phố ", StringComparison.Ordinal) ? a.Province : "Tỉnh " + a.Province)).ToList();
    }
}
