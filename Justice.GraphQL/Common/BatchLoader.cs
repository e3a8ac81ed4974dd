using GraphQL;
using GraphQL.DataLoader;
using Justice.GraphQL.Access;

namespace Justice.GraphQL.Common;

/// <summary>
/// A per-request batch loader: every key asked for while one level of the query resolves is fetched
/// in one round trip when the first result is needed, and each key at most once per request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue?> _loaded = new();
    private readonly HashSet<TKey> _pending = new();

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key)) _pending.Add(key);
        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var found = await fetch(keys, cancellationToken);
            foreach (var k in keys) _loaded[k] = found.TryGetValue(k, out var value) ? value : default;
        }
        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

public static class BatchLoaders
{
    /// <summary>
    /// The request's loader named <paramref name="name"/>, made on first use. Loaders live as long as the
    /// request, so a record asked for twice in one query is read once.
    /// </summary>
    public static BatchLoader<TKey, TValue> Loader<TKey, TValue>(this IResolveFieldContext context, string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch) where TKey : notnull
    {
        var loaders = context.Request().Loaders;
        if (!loaders.TryGetValue(name, out var loader)) loaders[name] = loader = new BatchLoader<TKey, TValue>(fetch);
        return (BatchLoader<TKey, TValue>)loader;
    }
}

/// <summary>Transforms a batched result once it arrives, without ending the batch early.</summary>
public static class DataLoaderResultExtensions
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> transform) =>
        new Mapped<T, TResult>(result, transform);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> transform) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            transform(await inner.GetResultAsync(cancellationToken));
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
