namespace Justice.GraphQL.Http;

/// <summary>
/// The hard limits of the API, under <c>Justice:GraphQL</c> in configuration. Each one, when exceeded, ends
/// the request with a clear error and a stable code before any data is read.
/// </summary>
public sealed class GraphQLLimits
{
    public int MaxDepth { get; set; } = 12;
    /// <summary>GraphQL.NET's complexity analyser: about one point per field, multiplied by page sizes of lists.</summary>
    public int MaxComplexity { get; set; } = 20_000;
    public int MaxAliases { get; set; } = 30;
    public int MaxDocumentBytes { get; set; } = 16 * 1024;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Requests per minute per client (token's client, signed-in user) or, for anonymous callers, per IP address.</summary>
    public int RequestsPerMinute { get; set; } = 600;
    /// <summary>Introspection (<c>__schema</c>, <c>__type</c>); on in development, off in production unless set.</summary>
    public bool? Introspection { get; set; }
    /// <summary>"Did you mean …" in validation errors; on in development, off in production unless set.</summary>
    public bool? FieldSuggestions { get; set; }
}
