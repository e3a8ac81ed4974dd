using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Justice.GraphQL.Http;

/// <summary>
/// Keeps documents that parsed and validated, by their text, so that the same query sent again (what clients
/// and the portal's pages do) skips parsing, validation and complexity analysis. Variables are still coerced on
/// every request; the rule that depends on the request (GET may only read) still runs.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    private const int Capacity = 2_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query) return await next(options);
        if (_documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            options.CachedDocumentValidationRules = options.ValidationRules?.OfType<QueriesOnlyRule>().ToList() ?? [];
            return await next(options);
        }
        var result = await next(options);
        // Executed means parsing and validation passed; errors while resolving do not make the document invalid.
        if (result is { Executed: true, Document: { } document })
        {
            // A full cache is emptied rather than tracked for recency: cheap, and the working set refills at once.
            if (_documents.Count >= Capacity) _documents.Clear();
            _documents.TryAdd(query, document);
        }
        return result;
    }
}
