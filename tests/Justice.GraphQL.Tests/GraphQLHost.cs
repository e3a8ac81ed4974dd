using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Justice.Domain.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Tests;

/// <summary>
/// The whole host in-process with the demo data, shared by the tests of a class. Callers are given to a
/// request as claims (what a cookie or a validated token yields), so the API's rules are tested for every
/// kind of caller without a sign-in per test; the token flows themselves are tested end to end elsewhere.
/// </summary>
public class GraphQLHost : WebApplicationFactory<Program>
{
    private const string ClaimsHeader = "X-Test-Claims";
    private readonly IReadOnlyDictionary<string, string> _settings;

    public GraphQLHost() : this(new Dictionary<string, string>()) { }

    protected GraphQLHost(IReadOnlyDictionary<string, string> settings, string environment = "Development")
    {
        _settings = settings;
        _environment = environment;
    }

    private readonly string _environment;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), $"justice-graphql-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Justice:DataPath", DataPath);
        builder.UseSetting("Mail:DispatcherEnabled", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestCallerStartupFilter>();
            ConfigureTestServices(services);
        });
    }

    /// <summary>Extra services for one test class's host (e.g. a field that only a limit test needs).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    public HttpClient ClientAs(params Claim[] claims)
    {
        var client = CreateClient();
        if (claims.Length > 0)
        {
            var json = JsonSerializer.Serialize(claims.Select(c => new[] { c.Type, c.Value }));
            client.DefaultRequestHeaders.Add(ClaimsHeader, Convert.ToBase64String(Encoding.UTF8.GetBytes(json)));
        }
        return client;
    }

    /// <summary>POSTs an operation and returns the status and the parsed body.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, params Claim[] claims)
    {
        using var client = ClientAs(claims);
        var body = JsonSerializer.Serialize(new { query, variables });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    public async Task<T> WithDbAsync<T>(Func<JusticeDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<JusticeDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }

    /// <summary>Sets the request's user from the test header before anything else runs.</summary>
    private sealed class TestCallerStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClaimsHeader, out var header))
                {
                    var pairs = JsonSerializer.Deserialize<string[][]>(Encoding.UTF8.GetString(Convert.FromBase64String(header!)))!;
                    context.User = new ClaimsPrincipal(new ClaimsIdentity(pairs.Select(p => new Claim(p[0], p[1])), "Test", "name", "role"));
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed record GraphQLResponse(int Status, string ContentType, JsonElement Body, string Text)
{
    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text[0] == '{' ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", body, text);
    }

    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<string> ErrorCodes => Body.TryGetProperty("errors", out var errors)
        ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "").ToList()
        : [];

    public bool HasErrors => Body.TryGetProperty("errors", out _);

    /// <summary>Fails the test with the whole response when there are errors, so the reason is visible.</summary>
    public GraphQLResponse AssertNoErrors()
    {
        Assert.False(HasErrors, Text);
        return this;
    }
}
