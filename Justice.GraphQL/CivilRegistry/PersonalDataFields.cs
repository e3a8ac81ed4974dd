using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.CivilRegistry;

/// <summary>
/// Personal-data types note every field they resolve, per record: the audit then lists exactly the fields that
/// left, however the query reached the record (a root field, a list, a nested reference, a fragment, node(id)).
/// Resolving a field without a stated purpose fails with PURPOSE_REQUIRED, so nothing personal leaves unaudited.
/// </summary>
public static class PersonalDataFields
{
    public static void AuditEveryField<T>(this ComplexGraphType<T> type, string entityType) where T : Entity
    {
        foreach (var field in type.Fields) field.Resolver = new AuditedResolver(entityType, field.Resolver);
    }

    private sealed class AuditedResolver(string entityType, IFieldResolver? inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            context.Request().Audit.Read(entityType, ((Entity)context.Source!).Id, [context.FieldDefinition.Name]);
            return (inner ?? NameFieldResolver.Instance).ResolveAsync(context);
        }
    }

    /// <summary>
    /// Children kept by a shadow foreign key (<c>RegistrationId</c>, <c>JudicialRecordId</c>…), batched per level
    /// like <see cref="EntityLoaders.LoadChildren{T}"/>.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>> LoadOwned<T, TKey>(this IResolveFieldContext context, string foreignKey, Guid parentId,
        Expression<Func<T, TKey>> orderBy) where T : Entity =>
        context.OwnedLoader(foreignKey, orderBy).Load(parentId).Then(list => list ?? (IReadOnlyList<T>)[]);

    private static BatchLoader<Guid, IReadOnlyList<T>> OwnedLoader<T, TKey>(this IResolveFieldContext context, string foreignKey,
        Expression<Func<T, TKey>> orderBy) where T : Entity =>
        context.Loader<Guid, IReadOnlyList<T>>("owned:" + typeof(T).FullName + ":" + foreignKey, async (ids, cancellationToken) =>
        {
            var order = orderBy.Compile();
            var keys = ids.ToList();
            var rows = await context.Db().Set<T>().AsNoTracking()
                .Where(x => keys.Contains(EF.Property<Guid>(x, foreignKey)))
                .Select(x => new { Parent = EF.Property<Guid>(x, foreignKey), Item = x })
                .ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.Parent).ToDictionary(g => g.Key,
                g => (IReadOnlyList<T>)g.Select(r => r.Item).OrderBy(order).ThenBy(x => x.Id).ToList());
        });
}
