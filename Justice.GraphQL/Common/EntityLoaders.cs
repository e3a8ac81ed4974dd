using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Justice.Domain.Common;
using Justice.GraphQL.Access;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Common;

/// <summary>The two fan-outs every area has: an entity by its Id, and the children of a parent by foreign key.</summary>
public static class EntityLoaders
{
    /// <summary>One entity by Id, batched with every other <typeparamref name="T"/> asked for at this level.</summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, Guid id) where T : Entity =>
        context.Loader<Guid, T>("byId:" + typeof(T).FullName, async (ids, cancellationToken) =>
            await context.Db().Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken))
        .Load(id);

    /// <summary>
    /// The children of a parent, batched: <paramref name="foreignKey"/> names the child's parent Id. The
    /// children come in <paramref name="order"/> (or by Id) so lists are stable.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>> LoadChildren<T>(this IResolveFieldContext context, string name, Guid parentId,
        Expression<Func<T, Guid>> foreignKey, Func<IEnumerable<T>, IEnumerable<T>>? order = null) where T : Entity
    {
        var key = foreignKey.Compile();
        return context.Loader<Guid, IReadOnlyList<T>>("children:" + typeof(T).FullName + ":" + name, async (ids, cancellationToken) =>
        {
            var parameter = foreignKey.Parameters[0];
            var contains = Expression.Lambda<Func<T, bool>>(
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Constant(ids.ToList()), foreignKey.Body),
                parameter);
            var children = await context.Db().Set<T>().AsNoTracking().Where(contains).ToListAsync(cancellationToken);
            return children.GroupBy(key).ToDictionary(g => g.Key,
                g => (IReadOnlyList<T>)(order ?? (items => items.OrderBy(e => e.Id)))(g).ToList());
        }).Load(parentId).Then(list => list ?? (IReadOnlyList<T>)[]);
    }
}
