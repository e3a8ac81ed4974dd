using GraphQL;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Persistence;
using Justice.GraphQL.Common;

namespace Justice.GraphQL.CivilRegistry;

/// <summary>The filters of the <c>civilStatusRegistrations</c> list; every one optional, all combined with AND.</summary>
public sealed record CivilStatusRegistrationFilter
{
    public CivilStatusEventType? EventType { get; init; }
    /// <summary>Year of the register book.</summary>
    public int? Year { get; init; }
    [Id] public string? AuthorityId { get; init; }
    public DateOnly? RegisteredFrom { get; init; }
    public DateOnly? RegisteredTo { get; init; }
    /// <summary>Registrations where this person is the subject or a participant.</summary>
    [InputType(typeof(PersonalIdNumberScalar))] public string? PersonalIdNumber { get; init; }

    public IQueryable<CivilStatusRegistration> Apply(IQueryable<CivilStatusRegistration> registrations, JusticeDbContext db)
    {
        if (EventType is { } type) registrations = registrations.Where(r => r.EventType == type);
        if (Year is { } year) registrations = registrations.Where(r => r.BookYear == year);
        if (AuthorityId is not null)
        {
            var id = GlobalId.Decode(AuthorityId, "Organisation");
            registrations = registrations.Where(r => r.AuthorityId == id);
        }
        if (RegisteredFrom is { } from) registrations = registrations.Where(r => r.RegistrationDate >= from);
        if (RegisteredTo is { } to) registrations = registrations.Where(r => r.RegistrationDate <= to);
        if (PersonalIdNumber is not null)
        {
            var number = PersonNumbers.Parse(PersonalIdNumber);
            var people = db.Set<Person>().Where(p => p.PersonalIdNumber == number).Select(p => p.Id);
            registrations = registrations.Where(r => people.Contains(r.SubjectPersonId) || r.Participants.Any(x => people.Contains(x.PersonId)));
        }
        return registrations;
    }
}

public sealed class CivilStatusRegistrationFilterInputType : global::GraphQL.Types.AutoRegisteringInputObjectGraphType<CivilStatusRegistrationFilter>
{
    public CivilStatusRegistrationFilterInputType()
    {
        Name = "CivilStatusRegistrationFilter";
        Description = "Bộ lọc danh sách đăng ký hộ tịch; các điều kiện kết hợp với nhau (AND).";
    }
}

public enum CivilStatusRegistrationOrderField { RegistrationDate, EntryNumber, SubjectFullName }

public sealed class CivilStatusRegistrationOrderInputType : OrderInputType<CivilStatusRegistrationOrderField>;

internal static class PersonNumbers
{
    /// <summary>A number already shaped by the scalar; the province code is checked here (INVALID_ARGUMENT).</summary>
    public static Justice.Domain.CivilRegistry.PersonalIdNumber Parse(string value)
    {
        try { return Justice.Domain.CivilRegistry.PersonalIdNumber.ParseFormat(value); }
        catch (Justice.Domain.Common.DomainException e)
        {
            throw new ExecutionError(e.Message) { Code = Access.ErrorCodes.InvalidArgument };
        }
    }
}
