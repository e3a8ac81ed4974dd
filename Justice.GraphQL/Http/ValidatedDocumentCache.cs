using System.Collections.Concurrent;
using System.Globalization;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Justice.GraphQL.Http;

/// <summary>
/// Keeps documents that parsed and validated, by their text, so that the same query sent again (what clients
/// and the portal's pages do) skips parsing, validation and complexity analysis. Variables are still coerced on
/// every request; the rule that depends on the request (GET may only read) still runs.
/// <para>
/// The complexity of a document depends on its page sizes, which may come in <c>Int</c> variables
/// (<c>first: $first</c>): a document is taken as validated only for the operation and the <c>Int</c> variable
/// values it was validated with, so a larger page through a known document is analysed again.
/// </para>
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    private const int Capacity = 2_000;
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query) return await next(options);
        if (!_documents.TryGetValue(query, out var cached))
        {
            var result = await next(options);
            // Executed means parsing and validation passed; errors while resolving do not make the document invalid.
            if (result is { Executed: true, Document: { } document })
            {
                // A full cache is emptied rather than tracked for recency: cheap, and the working set refills at once.
                if (_documents.Count >= Capacity) _documents.Clear();
                var entry = new CachedDocument(document);
                entry.MarkValidated(entry.VariantOf(options));
                _documents.TryAdd(query, entry);
            }
            return result;
        }

        options.Document = cached.Document;
        var variant = cached.VariantOf(options);
        if (cached.IsValidated(variant))
        {
            options.ValidationRules = options.ValidationRules?.OfType<QueriesOnlyRule>().ToList() ?? [];
            return await next(options);
        }
        var validated = await next(options);
        if (validated.Executed) cached.MarkValidated(variant);
        return validated;
    }

    /// <summary>A parsed document and the variants (operation + Int variable values) it passed validation with.</summary>
    private sealed class CachedDocument(GraphQLDocument document)
    {
        private const int MaxVariants = 64;
        private readonly ConcurrentDictionary<string, bool> _validated = new(StringComparer.Ordinal);
        private readonly string[] _intVariables = IntVariables(document);

        public GraphQLDocument Document { get; } = document;

        public string VariantOf(ExecutionOptions options)
        {
            var key = options.OperationName ?? "";
            foreach (var name in _intVariables)
            {
                object? value = null;
                options.Variables?.TryGetValue(name, out value);
                key += "|" + name + "=" + Convert.ToString(value, CultureInfo.InvariantCulture);
            }
            return key;
        }

        public bool IsValidated(string variant) => _validated.ContainsKey(variant);

        public void MarkValidated(string variant)
        {
            if (_validated.Count >= MaxVariants) _validated.Clear();
            _validated.TryAdd(variant, true);
        }

        private static string[] IntVariables(GraphQLDocument document) =>
            document.Definitions.OfType<GraphQLOperationDefinition>()
                .SelectMany(operation => operation.Variables?.Items ?? [])
                .Where(variable => IsInt(variable.Type))
                .Select(variable => variable.Variable.Name.StringValue)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToArray();

        private static bool IsInt(GraphQLType type) => type switch
        {
            GraphQLNonNullType nonNull => IsInt(nonNull.Type),
            GraphQLNamedType named => named.Name.StringValue == "Int",
            _ => false,
        };
    }
}
