using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using Justice.GraphQL.Http;

namespace Justice.Portal.Portal;

/// <summary>A request error of an operation: its stable code (NOT_FOUND, FORBIDDEN…) and a message for the reader.</summary>
public sealed record OperationError(string Code, string Message);

/// <summary>What a page gets from its operation: the typed <c>data</c>, or the errors that stopped it.</summary>
public sealed record OperationResult<T>(T? Data, IReadOnlyList<OperationError> Errors) where T : class
{
    public bool Succeeded => Errors.Count == 0 && Data is not null;
    public bool HasError(string code) => Errors.Any(e => e.Code == code);
    /// <summary>A Vietnamese (or English) message for the first error, fit to show on the page.</summary>
    public string Message(bool english = false) => Errors.Count == 0 ? "" : PortalMessages.ForCode(Errors[0].Code, english);
}

/// <summary>
/// The operation-per-page pattern: each page keeps its GraphQL operation in a <c>.graphql</c> file beside it
/// (embedded in the assembly as <c>Operations/&lt;folder&gt;/&lt;name&gt;.graphql</c>). This service loads a
/// file once, runs it in-process against the one schema as the page's user (same rules, limits and audit as
/// <c>/graphql</c>) and deserialises <c>data</c> into the page's record (camelCase, enums as their GraphQL names).
/// </summary>
public sealed class PortalOperations(JusticeGraphQLExecutor executor, IGraphQLTextSerializer serializer, ILogger<PortalOperations> logger)
{
    private static readonly ConcurrentDictionary<string, string> Documents = new(StringComparer.Ordinal);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Runs a query (mutations are refused) as <paramref name="http"/>'s user; a file with several operations
    /// names the one to run.
    /// </summary>
    public Task<OperationResult<T>> QueryAsync<T>(HttpContext http, string operation, object? variables = null,
        string? operationName = null) where T : class =>
        RunAsync<T>(http, operation, variables, readOnly: true, operationName);

    /// <summary>Runs a mutation; its payload's own <c>errors</c> (refused changes) are data the page reads.</summary>
    public Task<OperationResult<T>> MutateAsync<T>(HttpContext http, string operation, object? variables = null,
        string? operationName = null) where T : class =>
        RunAsync<T>(http, operation, variables, readOnly: false, operationName);

    private async Task<OperationResult<T>> RunAsync<T>(HttpContext http, string operation, object? variables, bool readOnly,
        string? operationName) where T : class
    {
        var document = Load(operation);
        Inputs? inputs = variables is null ? null
            : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables, variables.GetType(), Json));
        var result = await executor.ExecuteAsync(new GraphQLOperation(document, operationName, inputs), http.User, http.RequestServices,
            readOnly, http.RequestAborted);
        var errors = result.Errors?.Select(e => new OperationError(e.Code ?? "ERROR", e.Message)).ToList() ?? [];
        if (errors.Count > 0)
            logger.LogInformation("Operation {Operation} returned {Codes}", operation, string.Join(",", errors.Select(e => e.Code)));
        if (result.Data is null) return new OperationResult<T>(null, errors.Count > 0 ? errors : [new("NO_DATA", "")]);
        // The executor's own serializer writes the result as /graphql would; "data" is then read into the page's record.
        using var body = JsonDocument.Parse(serializer.Serialize(result));
        if (!body.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return new OperationResult<T>(null, errors.Count > 0 ? errors : [new("NO_DATA", "")]);
        return new OperationResult<T>(data.Deserialize<T>(Json), errors);
    }

    /// <summary>The text of an operation file, e.g. <c>LegalDocuments/Document</c>; read from the assembly once.</summary>
    public static string Load(string operation) => Documents.GetOrAdd(operation, static name =>
    {
        var assembly = typeof(PortalOperations).Assembly;
        var resource = $"Operations/{name}.graphql";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? assembly.GetManifestResourceStream(resource.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"No operation file {name}.graphql beside the pages.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Every operation file embedded in the portal (for the test that validates them all against the schema).</summary>
    public static IReadOnlyList<string> All() => typeof(PortalOperations).Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".graphql", StringComparison.Ordinal))
        .Select(n => n.Replace('\\', '/')["Operations/".Length..^".graphql".Length]).Order().ToList();
}

/// <summary>What the reader sees for an error code.</summary>
public static class PortalMessages
{
    public static string ForCode(string code, bool english = false) => (code, english) switch
    {
        ("NOT_FOUND", false) => "Không tìm thấy nội dung bạn yêu cầu.",
        ("NOT_FOUND", true) => "The page you asked for was not found.",
        ("INVALID_ID", false) => "Đường dẫn không hợp lệ.",
        ("INVALID_ID", true) => "The link is not valid.",
        ("UNAUTHENTICATED", false) => "Bạn cần đăng nhập để xem nội dung này.",
        ("UNAUTHENTICATED", true) => "Please sign in to see this.",
        ("FORBIDDEN", false) => "Bạn không có quyền xem nội dung này.",
        ("FORBIDDEN", true) => "You are not allowed to see this.",
        ("RATE_LIMITED", false) => "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.",
        ("RATE_LIMITED", true) => "Too many requests. Please try again in a few minutes.",
        (_, false) => "Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau.",
        (_, true) => "Something went wrong. Please try again later.",
    };
}
