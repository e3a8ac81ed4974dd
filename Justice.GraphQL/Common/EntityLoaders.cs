using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;
using Justice.GraphQL.Access;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Common;

/// <summary>The two fan-outs every area has: an entity by its Id, and the children of a parent by foreign key.</summary>
public static class EntityLoaders
{
    /// <summary>One entity by Id, batched with every other <typeparamref name="T"/> asked for at this level.</summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, Guid id) where T : Entity =>
        ByIdLoader<T>(context).Load(id);

    /// <summary>
    /// The request's loader of <typeparamref name="T"/> by Id: a resolver that already holds some of them (read with
    /// their parent) primes it, so the fields below cost no further round trip.
    /// </summary>
    public static BatchLoader<Guid, T> ByIdLoader<T>(this IResolveFieldContext context) where T : Entity =>
        context.Loader<Guid, T>("byId:" + typeof(T).FullName, typeof(T) == typeof(AdministrativeUnit)
            ? async (ids, cancellationToken) => await FromUnitCacheAsync<T>(context, ids, cancellationToken)
            : async (ids, cancellationToken) => await FromDatabaseAsync<T>(context, ids, cancellationToken));

    private static async Task<Dictionary<Guid, T>> FromDatabaseAsync<T>(IResolveFieldContext context, IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken) where T : Entity =>
        await context.Db().Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

    /// <summary>Units are reference data cached for the process; one missing from the cache (added since) is read.</summary>
    private static async Task<Dictionary<Guid, T>> FromUnitCacheAsync<T>(IResolveFieldContext context, IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken) where T : Entity
    {
        var units = await context.Service<AdministrativeUnitCache>().AllAsync(context.Db(), cancellationToken);
        var found = ids.Where(units.ContainsKey).ToDictionary(id => id, id => (T)(object)units[id]);
        if (found.Count == ids.Count) return found;
        var missing = ids.Where(id => !found.ContainsKey(id)).ToList();
        foreach (var (id, unit) in await FromDatabaseAsync<T>(context, missing, cancellationToken)) found[id] = unit;
        return found;
    }

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
