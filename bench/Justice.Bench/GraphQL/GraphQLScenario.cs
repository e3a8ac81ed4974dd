using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Persistence;
using Justice.Portal.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Justice.Bench.GraphQL;

/// <summary>
/// <c>./bench.sh graphql</c>: the host on Kestrel over PostgreSQL with the demo data; two representative reads
/// through <c>/graphql</c> and through plain minimal-API endpoints serving the same data, same token, same audit.
/// </summary>
public sealed class GraphQLScenario(BenchSettings settings)
{
    private const string Scenario = "graphql";
    private const int Concurrency = 8;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(12);

    private const string RegistrationQuery = """
        query($id: ID!) { civilStatusRegistration(id: $id, purpose: "Đo hiệu năng") {
          id eventType registrationDate entryNumber subjectFullName
          authority { name administrativeUnit { name } }
          subject { fullName dateOfBirth sex }
          participants { role person { fullName dateOfBirth } } } }
        """;

    private const string DocumentsQuery = """
        { legalDocuments(first: 50) { totalCount edges { node { id number title issueDate status issuingBody { name } } } } }
        """;

    public async Task RunAsync()
    {
        var database = await CreateDatabaseAsync();
        var dataPath = Directory.CreateTempSubdirectory("justice-bench-graphql-").FullName;
        var app = BuildHost(database, dataPath);
        await app.PrepareDatabaseAsync();
        app.UseJusticeHost();
        PlainEndpoints.Map(app);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency * 2 }) { BaseAddress = new Uri(address) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http));
            var registrations = await RegistrationIdsAsync(app.Services);
            Func<int, Task> graphQLRegistrationRequest = i => PostGraphQLAsync(http, RegistrationQuery,
                new { id = Justice.GraphQL.Common.GlobalId.Encode("CivilStatusRegistration", registrations[i % registrations.Count]) });
            Func<int, Task> plainRegistrationRequest = i => GetAsync(http, $"/bench/plain/registrations/{registrations[i % registrations.Count]}");
            Func<int, Task> graphQLDocumentsRequest = _ => PostGraphQLAsync(http, DocumentsQuery, null);
            Func<int, Task> plainDocumentsRequest = _ => GetAsync(http, "/bench/plain/documents");

            // Every kind of request warms up before any is measured: JIT tiering and EF's query cache would otherwise
            // favour whichever side runs second.
            foreach (var send in new[] { graphQLRegistrationRequest, plainRegistrationRequest, graphQLDocumentsRequest, plainDocumentsRequest })
                await LoadRunner.RunAsync(send, Concurrency, Duration / 4);
            using (var sql = new SqlCommandTimer())
            {
                var (graphQL, plain) = await SequentialProfile.CompareAsync(graphQLRegistrationRequest, plainRegistrationRequest, sql);
                ReportSequential("registration_by_id", graphQL, plain);
                (graphQL, plain) = await SequentialProfile.CompareAsync(graphQLDocumentsRequest, plainDocumentsRequest, sql);
                ReportSequential("documents_page_50", graphQL, plain);
            }

            var (graphQLRegistration, plainRegistration) = await LoadRunner.CompareAsync(graphQLRegistrationRequest, plainRegistrationRequest, Concurrency, Duration);
            Report("registration_by_id", graphQLRegistration, plainRegistration);
            var (graphQLDocuments, plainDocuments) = await LoadRunner.CompareAsync(graphQLDocumentsRequest, plainDocumentsRequest, Concurrency, Duration);
            Report("documents_page_50", graphQLDocuments, plainDocuments);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static void Report(string query, LoadResult graphQL, LoadResult plain)
    {
        BenchResult.Compared(Scenario, query + ".requests_per_second", graphQL.RequestsPerSecond, "req/s", plain.RequestsPerSecond).Print();
        BenchResult.Compared(Scenario, query + ".p50_latency", graphQL.P50Milliseconds, "ms", plain.P50Milliseconds).Print();
        BenchResult.Compared(Scenario, query + ".p99_latency", graphQL.P99Milliseconds, "ms", plain.P99Milliseconds).Print();
    }

    /// <summary>One caller at a time: latency without queueing, and the SQL commands (round trips) of each side.</summary>
    private static void ReportSequential(string query, SequentialResult graphQL, SequentialResult plain)
    {
        BenchResult.Compared(Scenario, query + ".sequential_mean_latency", graphQL.MeanMilliseconds, "ms", plain.MeanMilliseconds).Print();
        BenchResult.Compared(Scenario, query + ".sql_commands_per_request", graphQL.SqlCommandsPerRequest, "commands", plain.SqlCommandsPerRequest).Print();
        BenchResult.Compared(Scenario, query + ".sql_time_per_request", graphQL.SqlMillisecondsPerRequest, "ms", plain.SqlMillisecondsPerRequest).Print();
    }

    private static WebApplication BuildHost(string connectionString, string dataPath) =>
        BenchHost.Build(connectionString, dataPath, dataPath, new Dictionary<string, string?>
        {
            ["Justice:GraphQL:RequestsPerMinute"] = "100000000",
            // The plain endpoint has no time limit; a stall of the shared machine must not abort the run on one side only.
            ["Justice:GraphQL:Timeout"] = "00:02:00",
        });

    private Task<string> CreateDatabaseAsync() => BenchHost.FreshDatabaseAsync(settings.PostgresConnection, "justice_bench_graphql");

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-ministry", ["client_secret"] = "demo-ministry-secret",
            ["scope"] = "registry.read legal.read",
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private static async Task<IReadOnlyList<Guid>> RegistrationIdsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        return await db.Set<CivilStatusRegistration>().OrderBy(r => r.Id).Select(r => r.Id).Take(500).ToListAsync();
    }

    private static async Task PostGraphQLAsync(HttpClient http, string query, object? variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"GraphQL request failed ({(int)response.StatusCode}): {body[..Math.Min(400, body.Length)]}");
    }

    private static async Task GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
    }
}
