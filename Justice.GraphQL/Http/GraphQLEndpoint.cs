using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Justice.GraphQL.Access;
using Justice.GraphQL.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Justice.GraphQL.Http;

/// <summary>
/// <c>/graphql</c> following the GraphQL-over-HTTP specification: POST with a JSON body for any operation,
/// GET with query parameters for queries only, one operation per request (no batching), and
/// <c>application/graphql-response+json</c> with status codes that say whether the request was valid.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    public const string RateLimitPolicy = "graphql";
    private const string GraphQLResponse = "application/graphql-response+json";

    public static IEndpointRouteBuilder MapJusticeGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, PostAsync).RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();
        endpoints.MapGet(Path, GetAsync).RequireRateLimiting(RateLimitPolicy);
        endpoints.MapGet(Path + "/schema.graphql", (JusticeSchema schema) =>
            Results.Text(SchemaDocument.Print(schema), "text/plain; charset=utf-8"));
        return endpoints;
    }

    private static async Task PostAsync(HttpContext http, JusticeGraphQLExecutor executor, IGraphQLTextSerializer serializer, GraphQLLimits limits)
    {
        // Only JSON bodies: a form or text/plain post (what a hostile page can send without CORS) is refused.
        var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) ? contentType.MediaType.Value : null;
        if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest,
                "Nội dung yêu cầu phải là application/json.");
            return;
        }
        if (http.Request.ContentLength > limits.MaxDocumentBytes * 4L)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, ErrorCodes.DocumentTooLarge,
                $"Yêu cầu quá lớn (tối đa {limits.MaxDocumentBytes * 4} byte).");
            return;
        }
        GraphQLRequest? request;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BatchingNotSupported,
                    "Mỗi yêu cầu chỉ chứa một thao tác (không hỗ trợ gửi theo lô).");
                return;
            }
            request = serializer.ReadNode<GraphQLRequest>(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or global::GraphQL.Execution.InvalidOperationError or InvalidOperationException or FormatException)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                "Nội dung JSON của yêu cầu không hợp lệ.");
            return;
        }
        await ExecuteAsync(http, executor, serializer, limits, request, readOnly: false);
    }

    private static async Task GetAsync(HttpContext http, JusticeGraphQLExecutor executor, IGraphQLTextSerializer serializer, GraphQLLimits limits)
    {
        Inputs? variables = null;
        if (http.Request.Query["variables"].ToString() is { Length: > 0 } json)
        {
            try { variables = serializer.Deserialize<Inputs>(json); }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                    "Tham số variables không phải JSON hợp lệ.");
                return;
            }
        }
        var request = new GraphQLRequest
        {
            Query = http.Request.Query["query"].ToString(),
            OperationName = http.Request.Query["operationName"].ToString() is { Length: > 0 } name ? name : null,
            Variables = variables,
        };
        await ExecuteAsync(http, executor, serializer, limits, request, readOnly: true);
    }

    private static async Task ExecuteAsync(HttpContext http, JusticeGraphQLExecutor executor, IGraphQLTextSerializer serializer,
        GraphQLLimits limits, GraphQLRequest? request, bool readOnly)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                "Thiếu truy vấn GraphQL (query).");
            return;
        }
        if (System.Text.Encoding.UTF8.GetByteCount(request.Query) > limits.MaxDocumentBytes)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, ErrorCodes.DocumentTooLarge,
                $"Truy vấn quá dài (tối đa {limits.MaxDocumentBytes} byte).");
            return;
        }
        var result = await executor.ExecuteAsync(new GraphQLOperation(request.Query, request.OperationName, request.Variables),
            http.User, http.RequestServices, readOnly, http.RequestAborted);
        var legacyJson = !AcceptsGraphQLResponse(http.Request);
        // Per the specification: with application/graphql-response+json a request that never executed (parse or
        // validation error) is a 400; application/json clients (older tools) always get 200.
        var status = !legacyJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (readOnly && result.Errors?.Any(e => e.Code == ErrorCodes.MutationOverGet) == true)
        {
            status = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
        }
        await WriteAsync(http, serializer, status, result, legacyJson);
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return true;
        return accept.Any(a => a.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)
                               || a.MediaType.Equals("*/*", StringComparison.Ordinal)
                               || a.MediaType.Equals("application/*", StringComparison.Ordinal))
               || !accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
    }

    internal static Task WriteRequestErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message) =>
        WriteAsync(http, serializer, status,
            new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, legacyJson: !AcceptsGraphQLResponse(http.Request));

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, ExecutionResult result, bool legacyJson)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = (legacyJson ? "application/json" : GraphQLResponse) + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
