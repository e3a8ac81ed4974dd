using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Justice.Domain.CivilRegistry;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.CivilRegistry;

/// <summary>
/// The civil-status register (hộ tịch): scope <c>registry.read</c>, a stated purpose, jurisdiction in the query,
/// every record read audited.
/// </summary>
public sealed class CivilRegistryQueries : IQueryFields
{
    private const string Purpose = "Mục đích khai thác dữ liệu cá nhân (bắt buộc, ghi vào nhật ký truy cập).";
    private const string Access = " Cần quyền registry.read. Người dùng gắn với một địa bàn chỉ thấy việc đăng ký do cơ quan trong địa bàn đó đăng ký; "
        + "bản ghi ngoài địa bàn được coi như không tồn tại.";

    private static readonly OrderMap<CivilStatusRegistration, CivilStatusRegistrationOrderField> Orders =
        new OrderMap<CivilStatusRegistration, CivilStatusRegistrationOrderField>()
            .Add(CivilStatusRegistrationOrderField.RegistrationDate, r => r.RegistrationDate)
            .Add(CivilStatusRegistrationOrderField.EntryNumber, r => r.EntryNumber)
            .Add(CivilStatusRegistrationOrderField.SubjectFullName, r => r.SubjectFullName);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<CivilStatusRegistrationGraphType>("civilStatusRegistration")
            .Description("Một việc đăng ký hộ tịch; null nếu không có hoặc nằm ngoài phạm vi quản lý." + Access)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", Purpose)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRegistryRead();
                var id = GlobalId.Decode(c.GetArgument<string>("id"), RegistryAccess.RegistrationType);
                return await (await c.VisibleRegistrationsAsync(caller)).FirstOrDefaultAsync(r => r.Id == id, c.CancellationToken);
            });

        query.Connection<CivilStatusRegistrationGraphType>("civilStatusRegistrations")
            .Description("Danh sách việc đăng ký hộ tịch theo bộ lọc và thứ tự (mặc định: mới đăng ký trước)." + Access)
            .Argument<CivilStatusRegistrationFilterInputType>("filter")
            .Argument<CivilStatusRegistrationOrderInputType>("order")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", Purpose)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRegistryRead();
                var filter = c.GetArgument<CivilStatusRegistrationFilter?>("filter") ?? new CivilStatusRegistrationFilter();
                var registrations = filter.Apply(await c.VisibleRegistrationsAsync(caller), c.Db());
                var ordered = Orders.Apply(registrations, c.GetArgument<Order<CivilStatusRegistrationOrderField>?>("order"),
                    new Order<CivilStatusRegistrationOrderField>(CivilStatusRegistrationOrderField.RegistrationDate, SortDirection.Desc));
                return await ordered.ToConnectionAsync(c);
            });

        query.Field<PersonGraphType>("person")
            .Description("Một cá nhân theo số định danh cá nhân, với các việc hộ tịch của họ; null nếu không có hoặc ngoài phạm vi quản lý." + Access)
            .Argument<NonNullGraphType<PersonalIdNumberScalar>>("personalIdNumber")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", Purpose)
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRegistryRead();
                var number = PersonNumbers.Parse(c.GetArgument<string>("personalIdNumber"));
                var db = c.Db();
                return await db.Set<Person>().AsNoTracking().Within(db, await c.CoveredUnitsAsync(caller))
                    .FirstOrDefaultAsync(p => p.PersonalIdNumber == number, c.CancellationToken);
            });
    }
}

/// <summary><c>node(id)</c> for registrations and people: same scope, jurisdiction and audit as the root fields.</summary>
public sealed class CivilStatusRegistrationNodeResolver : INodeResolver
{
    public string TypeName => RegistryAccess.RegistrationType;

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        var caller = context.RequireScope(Justice.Domain.Identity.JusticeScopes.RegistryRead);
        return await (await context.VisibleRegistrationsAsync(caller)).FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken);
    }
}

public sealed class PersonNodeResolver : INodeResolver
{
    public string TypeName => RegistryAccess.PersonType;

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        var caller = context.RequireScope(Justice.Domain.Identity.JusticeScopes.RegistryRead);
        var db = context.Db();
        return await db.Set<Person>().AsNoTracking().Within(db, await context.CoveredUnitsAsync(caller))
            .FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken);
    }
}

/// <summary>A person's registrations (as subject or participant), batched over every person at one level.</summary>
internal static class PersonRegistrations
{
    public static IDataLoaderResult<IReadOnlyList<CivilStatusRegistration>> Load(IResolveFieldContext context, Guid personId) =>
        context.Loader<Guid, IReadOnlyList<CivilStatusRegistration>>("person-registrations", async (ids, cancellationToken) =>
        {
            var keys = ids.ToList();
            var db = context.Db();
            var asParticipant = await db.Set<CivilStatusParticipant>().AsNoTracking()
                .Where(p => keys.Contains(p.PersonId))
                .Select(p => new { RegistrationId = EF.Property<Guid>(p, "RegistrationId"), p.PersonId })
                .ToListAsync(cancellationToken);
            var participantRegistrations = asParticipant.Select(p => p.RegistrationId).Distinct().ToList();
            var registrations = await (await context.VisibleRegistrationsAsync(context.Caller()))
                .Where(r => keys.Contains(r.SubjectPersonId) || participantRegistrations.Contains(r.Id))
                .ToListAsync(cancellationToken);
            var byId = registrations.ToDictionary(r => r.Id);
            var pairs = registrations.Select(r => (Person: r.SubjectPersonId, Registration: r))
                .Concat(asParticipant.Where(p => byId.ContainsKey(p.RegistrationId)).Select(p => (Person: p.PersonId, Registration: byId[p.RegistrationId])));
            return pairs.Where(p => keys.Contains(p.Person)).GroupBy(p => p.Person).ToDictionary(g => g.Key,
                g => (IReadOnlyList<CivilStatusRegistration>)g.Select(p => p.Registration).Distinct()
                    .OrderByDescending(r => r.RegistrationDate).ThenBy(r => r.Id).ToList());
        }).Load(personId).Then(list => list ?? (IReadOnlyList<CivilStatusRegistration>)[]);
}
