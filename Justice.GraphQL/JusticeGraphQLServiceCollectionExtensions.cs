using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Http;
using Justice.GraphQL.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.GraphQL;

public static class JusticeGraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddJusticeGraphQL(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var limits = configuration.GetSection("Justice:GraphQL").Get<GraphQLLimits>() ?? new GraphQLLimits();
        var features = new GraphQLFeatures(
            limits.Introspection ?? environment.IsDevelopment(),
            limits.FieldSuggestions ?? environment.IsDevelopment());
        services.AddSingleton(limits);
        services.AddSingleton(features);
        services.AddSingleton<AdministrativeUnitCache>();
        services.AddSingleton<Jurisdictions>();
        services.AddScoped<JusticeGraphQLExecutor>();

        var assembly = typeof(JusticeSchema).Assembly;
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(type)) services.AddSingleton(typeof(IQueryFields), type);
            if (typeof(IMutationFields).IsAssignableFrom(type)) services.AddSingleton(typeof(IMutationFields), type);
            if (typeof(INodeResolver).IsAssignableFrom(type)) services.AddSingleton(typeof(INodeResolver), type);
        }

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<JusticeSchema>()
            .AddGraphTypes(assembly)
            // Vietnamese letters go out as they are, not as \u escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(sp => new JusticeErrorInfoProvider(features))
            // Depth and complexity are checked in the delegate rather than by the analyser's own limits so that the
            // standard introspection query of GraphiQL and graphql-js (15 levels of ofType, every type) still works.
            .AddComplexityAnalyzer(c => c.ValidateComplexityDelegate = context =>
            {
                if (IsIntrospectionOnly(context.ValidationContext.Operation)) return Task.CompletedTask;
                if (context.MaxDepth > limits.MaxDepth)
                    context.Error = new global::GraphQL.Validation.ValidationError(
                        $"Truy vấn lồng quá sâu: {context.MaxDepth} cấp, tối đa {limits.MaxDepth}.") { Code = ErrorCodes.MaxDepthExceeded };
                else if (context.TotalImpact > limits.MaxComplexity)
                    context.Error = new global::GraphQL.Validation.ValidationError(
                        $"Truy vấn quá phức tạp: độ phức tạp {context.TotalImpact:0}, tối đa {limits.MaxComplexity}. Hãy giảm số mục mỗi trang hoặc số trường lồng nhau.")
                    { Code = ErrorCodes.TooComplex };
                return Task.CompletedTask;
            })
            // Resolvers share the request's DbContext, which allows one query at a time; batch loaders
            // still fetch a whole level in one round trip.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .ConfigureExecution<ValidatedDocumentCache>()
            .AddUnhandledExceptionHandler(context =>
            {
                context.Exception = context.OriginalException switch
                {
                    DomainException e => new ExecutionError(e.Message) { Code = e.Code },
                    OperationCanceledException => new ExecutionError("Yêu cầu đã bị hủy hoặc quá thời gian.") { Code = ErrorCodes.Timeout },
                    _ => new ExecutionError("Lỗi hệ thống khi xử lý yêu cầu; đã được ghi lại.") { Code = ErrorCodes.Internal },
                };
            }));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(GraphQLEndpoint.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var serializer = context.HttpContext.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
                await GraphQLEndpoint.WriteRequestErrorAsync(context.HttpContext, serializer, StatusCodes.Status429TooManyRequests,
                    ErrorCodes.RateLimited, $"Vượt quá {limits.RequestsPerMinute} yêu cầu mỗi phút. Hãy thử lại sau.");
            };
        });
        return services;
    }

    /// <summary>A client system or user is limited as itself wherever it calls from; anyone else by IP address.</summary>
    private static string PartitionKey(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true)
            return "caller:" + (user.FindFirst(JusticeClaims.ClientId)?.Value ?? user.FindFirst(JusticeClaims.Subject)?.Value ?? user.Identity.Name);
        return "ip:" + http.Connection.RemoteIpAddress;
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));

    /// <summary>The rate limiter must run after authentication so a token's client is known.</summary>
    public static WebApplication UseJusticeGraphQL(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapJusticeGraphQL();
        return app;
    }
}
