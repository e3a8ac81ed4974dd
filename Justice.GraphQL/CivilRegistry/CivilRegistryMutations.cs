using GraphQL;
using GraphQL.Types;
using Justice.Domain.Audit;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.CivilRegistry;

/// <summary>
/// Registration by an officer (number from the book, by <see cref="CivilStatusRegistrar"/>), correction and
/// extract issuance: scope <c>registry.write</c>, within the officer's jurisdiction, audited as changes.
/// </summary>
public sealed class CivilRegistryMutations : IMutationFields
{
    private const string Access = " Cần quyền registry.write; việc đăng ký ngoài phạm vi quản lý được coi như không tồn tại (NOT_FOUND).";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterCivilStatusEventPayloadType>>("registerCivilStatusEvent")
            .Description("Đăng ký một việc hộ tịch vào sổ của cơ quan đăng ký; số đăng ký là số tiếp theo của sổ. Cần quyền registry.write; "
                + "cơ quan đăng ký phải là cơ quan của người đăng ký hoặc thuộc địa bàn của họ (nếu không: OUTSIDE_JURISDICTION).")
            .Argument<NonNullGraphType<RegisterCivilStatusEventInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireScope(JusticeScopes.RegistryWrite);
                var input = c.GetArgument<RegisterCivilStatusEventInput>("input");
                var authorityId = GlobalId.Decode(input.AuthorityId, "Organisation");
                c.Request().Audit.StatePurpose("Đăng ký hộ tịch");
                return await Mutations.RunAsync(() => RegisterAsync(c, caller, authorityId, input));
            });

        mutation.Field<NonNullGraphType<CorrectCivilStatusRegistrationPayloadType>>("correctCivilStatusRegistration")
            .Description("Thay đổi, cải chính, bổ sung hộ tịch: giá trị cũ được giữ trong amendments. Phiên bản cũ: CONCURRENT_CHANGE." + Access)
            .Argument<NonNullGraphType<CorrectCivilStatusRegistrationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireScope(JusticeScopes.RegistryWrite);
                var input = c.GetArgument<CorrectCivilStatusRegistrationInput>("input");
                var id = GlobalId.Decode(input.RegistrationId, RegistryAccess.RegistrationType);
                c.Request().Audit.StatePurpose("Thay đổi, cải chính, bổ sung hộ tịch");
                return await Mutations.RunAsync(async () =>
                {
                    var db = c.Db();
                    var registration = await FindForChangeAsync(c, caller, id);
                    Mutations.CheckVersion(registration, input.ExpectedVersion);
                    var amendment = registration.Amend(input.Kind ?? AmendmentKind.Correction, input.Field, input.NewValue, input.Reason,
                        input.AmendedOn ?? Today(c));
                    db.Add(Change(c, caller, "update", registration.Id, "Cải chính hộ tịch", $"amendment:{amendment.Sequence},{input.Field}"));
                    await db.SaveChangesAsync(c.CancellationToken);
                    return registration;
                });
            });

        mutation.Field<NonNullGraphType<IssueCivilStatusExtractPayloadType>>("issueCivilStatusExtract")
            .Description("Cấp bản chính giấy tờ hộ tịch (một lần) hoặc trích lục bản sao (nhiều lần)." + Access)
            .Argument<NonNullGraphType<IssueCivilStatusExtractInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireScope(JusticeScopes.RegistryWrite);
                var input = c.GetArgument<IssueCivilStatusExtractInput>("input");
                var id = GlobalId.Decode(input.RegistrationId, RegistryAccess.RegistrationType);
                c.Request().Audit.StatePurpose("Cấp trích lục hộ tịch");
                return await Mutations.RunAsync(async () =>
                {
                    var db = c.Db();
                    var registration = await FindForChangeAsync(c, caller, id);
                    var extract = registration.IssueExtract(input.Kind ?? ExtractKind.CopyExtract, input.IssuedOn ?? Today(c), input.RequestedBy,
                        input.Copies ?? 1);
                    db.Add(Change(c, caller, "issue", registration.Id, "Cấp trích lục hộ tịch", $"extract:{extract.Number}"));
                    await db.SaveChangesAsync(c.CancellationToken);
                    return extract;
                });
            });
    }

    private static async Task<CivilStatusRegistration> RegisterAsync(IResolveFieldContext c, Caller caller, Guid authorityId,
        RegisterCivilStatusEventInput input)
    {
        var db = c.Db();
        var authority = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == authorityId, c.CancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy cơ quan đăng ký.");
        var covered = await c.CoveredUnitsAsync(caller);
        var inJurisdiction = covered is null || caller.OrganisationId == authority.Id
                             || authority.AdministrativeUnitId is { } unit && covered.Contains(unit);
        if (!inJurisdiction)
            throw new DomainException(ErrorCodes.OutsideJurisdiction, "Cơ quan đăng ký nằm ngoài phạm vi quản lý của tài khoản.");

        var subject = await PersonAsync(c, input.Subject, "subject");
        var participants = new List<(Person Person, ParticipantRole Role)>();
        foreach (var (participant, i) in (input.Participants ?? []).Select((p, i) => (p, i)))
            participants.Add((await PersonAsync(c, participant.Person, $"participants[{i}]"), participant.Role));
        Person? One(ParticipantRole role) => participants.Where(p => p.Role == role).Select(p => p.Person).FirstOrDefault();

        var date = input.RegistrationDate ?? Today(c);
        var signing = new RegistrationSigning(input.OfficerName ?? caller.DisplayName ?? caller.SubjectId ?? "", input.SignerName, input.SignerTitle);
        var now = c.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        return await new CivilStatusRegistrar(db).RegisterAsync(authority.Id, input.EventType, date.Year, book =>
        {
            var registration = input.EventType switch
            {
                CivilStatusEventType.Birth => CivilStatusRegistration.RegisterBirth(book, date, subject, One(ParticipantRole.Father),
                    One(ParticipantRole.Mother), signing, now, notes: input.Notes),
                CivilStatusEventType.Marriage => CivilStatusRegistration.RegisterMarriage(book, date, subject,
                    One(ParticipantRole.Spouse) ?? throw new DomainException("MARRIAGE_SPOUSE_REQUIRED", "Cần người kết hôn còn lại (vai trò SPOUSE)."),
                    signing, notes: input.Notes),
                CivilStatusEventType.Death => CivilStatusRegistration.RegisterDeath(book, date, subject,
                    input.EventDate ?? throw new DomainException("DEATH_DATE_REQUIRED", "Cần ngày chết (eventDate)."),
                    input.EventPlace ?? "", One(ParticipantRole.Declarant), signing, input.Notes),
                CivilStatusEventType.MaritalStatusConfirmation => CivilStatusRegistration.ConfirmMaritalStatus(book, date, subject,
                    input.MaritalStatusPurpose ?? "", input.MaritalStatusStatement ?? "", signing),
                _ => CivilStatusRegistration.RegisterOther(book, date, subject, participants, signing, input.EventDate, input.EventPlace, input.Notes),
            };
            db.Add(Change(c, caller, "create", registration.Id, "Đăng ký hộ tịch", $"{input.EventType}:{registration.EntryNumber}"));
            return registration;
        }, c.CancellationToken);
    }

    /// <summary>An existing person (by id or number) or a new one, added to the context to be saved with the registration.</summary>
    private static async Task<Person> PersonAsync(IResolveFieldContext c, PersonInput input, string field)
    {
        var db = c.Db();
        if (input.PersonId is not null)
        {
            var id = GlobalId.Decode(input.PersonId, RegistryAccess.PersonType);
            return await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken)
                   ?? throw new DomainException(ErrorCodes.NotFound, $"Không tìm thấy cá nhân ({field}).");
        }
        if (input.PersonalIdNumber is not null)
        {
            var number = PersonalIdNumber.ParseFormat(input.PersonalIdNumber);
            var known = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.PersonalIdNumber == number, c.CancellationToken);
            if (known is not null) return known;
        }
        if (input.FullName is null || input.Sex is null || input.DateOfBirth is null || input.PlaceOfBirth is null)
            throw new DomainException("PERSON_DETAILS_REQUIRED",
                $"Người mới ({field}) cần họ tên, giới tính, ngày sinh và nơi sinh.");
        var person = new Person(input.FullName, input.Sex.Value, input.DateOfBirth.Value, input.PlaceOfBirth,
            input.Ethnicity ?? Ethnicity.Kinh, input.HomeTown, input.Nationality ?? Person.VietnameseNationality, input.PersonalIdNumber);
        db.Add(person);
        return person;
    }

    /// <summary>Loads a registration for change, tracked, with the children its rules count; outside jurisdiction = not found.</summary>
    private static async Task<CivilStatusRegistration> FindForChangeAsync(IResolveFieldContext c, Caller caller, Guid id)
    {
        var db = c.Db();
        return await db.Set<CivilStatusRegistration>().AsTracking()
                   .Include(r => r.Amendments).Include(r => r.Extracts)
                   .Within(db, await c.CoveredUnitsAsync(caller))
                   .FirstOrDefaultAsync(r => r.Id == id, c.CancellationToken)
               ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy việc đăng ký hộ tịch trong phạm vi quản lý.");
    }

    private static DateOnly Today(IResolveFieldContext c) => VietnamTime.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime);

    private static AuditLogEntry Change(IResolveFieldContext c, Caller caller, string action, Guid id, string purpose, string fields) =>
        new(c.Service<TimeProvider>().GetUtcNow().UtcDateTime, caller.AuditName, action, RegistryAccess.RegistrationType, id.ToString(),
            purpose, caller.OrganisationId, fields, caller.ClientId);
}
