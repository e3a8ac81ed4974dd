using GraphQL;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.GraphQL.Access;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.CivilRegistry;

/// <summary>
/// Jurisdiction over the register, applied in the SQL query: a caller bound to a unit sees the registrations
/// whose registering authority lies in that unit or below it; a national caller sees all. A record outside the
/// caller's jurisdiction is treated exactly like one that does not exist (null / NOT_FOUND), so its existence
/// does not leak; only a registering authority (public directory data) is refused with OUTSIDE_JURISDICTION.
/// </summary>
public static class RegistryAccess
{
    public const string RegistrationType = "CivilStatusRegistration";
    public const string PersonType = "Person";

    public static async Task<IReadOnlySet<Guid>?> CoveredUnitsAsync(this IResolveFieldContext context, Caller caller) =>
        await context.Service<Jurisdictions>().CoveredByAsync(caller, context.Db(), context.CancellationToken);

    /// <summary>Keeps the registrations whose authority lies in <paramref name="covered"/> (null: all).</summary>
    public static IQueryable<CivilStatusRegistration> Within(this IQueryable<CivilStatusRegistration> registrations,
        JusticeDbContext db, IReadOnlySet<Guid>? covered)
    {
        if (covered is null) return registrations;
        var authorities = AuthoritiesIn(db, covered);
        return registrations.Where(r => authorities.Contains(r.AuthorityId));
    }

    public static IQueryable<Guid> AuthoritiesIn(JusticeDbContext db, IReadOnlySet<Guid> covered)
    {
        var units = covered.ToList();
        return db.Set<Organisation>()
            .Where(o => o.AdministrativeUnitId != null && units.Contains(o.AdministrativeUnitId.Value))
            .Select(o => o.Id);
    }

    /// <summary>People the caller may see: everyone for a national caller, else those in a registration they may see.</summary>
    public static IQueryable<Person> Within(this IQueryable<Person> people, JusticeDbContext db, IReadOnlySet<Guid>? covered)
    {
        if (covered is null) return people;
        var visible = db.Set<CivilStatusRegistration>().Within(db, covered);
        return people.Where(p => visible.Any(r => r.SubjectPersonId == p.Id || r.Participants.Any(x => x.PersonId == p.Id)));
    }

    public static async Task<IQueryable<CivilStatusRegistration>> VisibleRegistrationsAsync(this IResolveFieldContext context, Caller caller)
    {
        var db = context.Db();
        return db.Set<CivilStatusRegistration>().AsNoTracking().Within(db, await context.CoveredUnitsAsync(caller));
    }

    /// <summary>Reads of the register need the scope and a stated purpose (mục đích khai thác).</summary>
    public static Caller RequireRegistryRead(this IResolveFieldContext context)
    {
        var caller = context.RequireScope(Justice.Domain.Identity.JusticeScopes.RegistryRead);
        context.Request().Audit.StatePurpose(context.GetArgument<string?>("purpose"));
        return caller;
    }
}
