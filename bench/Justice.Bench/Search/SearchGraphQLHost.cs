using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Justice.GraphQL.Common;
using Justice.Portal.Hosting;
using Justice.Search.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Justice.Bench.Search;

/// <summary>
/// The host on Kestrel, serving <c>/graphql</c> over the indexes the benchmark built (<c>Search:IndexPath</c>, sync off),
/// with its own empty, migrated database. The queries ask what the search page shows: hits with their snippets, the
/// total, the facets; article hits with the document's title and number as the index holds them (the documents
/// themselves are not in this database).
/// </summary>
internal sealed class SearchGraphQLHost : IAsyncDisposable
{
    private const string Database = "bench_search_host";

    private const string DocumentsQuery = """
        query($q: String, $filter: LegalDocumentSearchFilter, $order: DocumentSort, $first: Int, $after: String) {
          searchLegalDocuments(query: $q, filter: $filter, order: $order, first: $first, after: $after) {
            totalCount
            nodes { number title issueDate snippetHtml }
            facets { dimension values { value count } }
          }
        }
        """;

    private const string ArticlesQuery = """
        query($q: String!) { searchLegalArticles(query: $q, first: 10) { nodes { number title documentTitle documentNumber snippetHtml } } }
        """;

    private readonly WebApplication _app;
    private readonly string _dataPath;
    private readonly string _adminConnection;

    private SearchGraphQLHost(WebApplication app, string dataPath, string adminConnection, HttpClient http)
    {
        _app = app;
        _dataPath = dataPath;
        _adminConnection = adminConnection;
        Http = http;
    }

    public HttpClient Http { get; }

    public static async Task<SearchGraphQLHost> StartAsync(string adminConnection, string indexPath)
    {
        var connectionString = await BenchHost.FreshDatabaseAsync(adminConnection, Database);
        var dataPath = Directory.CreateTempSubdirectory("justice-bench-search-host-").FullName;
        var app = BenchHost.Build(connectionString, dataPath, dataPath, new Dictionary<string, string?>
        {
            ["Justice:SeedDemoDataWhenEmpty"] = "false",
            ["Justice:GraphQL:RequestsPerMinute"] = "100000000",
            ["Search:IndexPath"] = indexPath,
            ["Search:SyncEnabled"] = "false",
        });
        await app.PrepareDatabaseAsync();
        app.UseJusticeHost();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SearchGraphQLHost(app, dataPath, adminConnection, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>Runs one query of the mix through <c>/graphql</c>; throws when the answer has errors.</summary>
    public async Task RunAsync(BenchQuery query)
    {
        object request = query.Question
            ? new { query = ArticlesQuery, variables = new { q = query.Text } }
            : new { query = DocumentsQuery, variables = Variables(query.Document) };
        using var response = await Http.PostAsJsonAsync("/graphql", request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"GraphQL search failed ({(int)response.StatusCode}): {body[..Math.Min(400, body.Length)]}");
    }

    private static Dictionary<string, object?> Variables(LegalDocumentQuery q)
    {
        var filter = new Dictionary<string, object?>();
        if (q.Types is { Count: > 0 }) filter["types"] = q.Types.Select(EnumValue).ToArray();
        if (q.Fields is { Count: > 0 }) filter["fields"] = q.Fields;
        if (q.InForceOnly) filter["inForceOnly"] = true;
        if (q.FromYear is { } from) filter["fromYear"] = from;
        if (q.ToYear is { } to) filter["toYear"] = to;
        if (q.ProvinceIds is { Count: > 0 }) filter["provinceIds"] = q.ProvinceIds.Select(id => GlobalId.Encode("AdministrativeUnit", id)).ToArray();
        return new Dictionary<string, object?>
        {
            ["q"] = q.Text,
            ["filter"] = filter,
            ["order"] = EnumValue(q.Sort),
            ["first"] = q.Limit,
            ["after"] = q.Offset == 0 ? null : Convert.ToBase64String(Encoding.ASCII.GetBytes("o:" + (q.Offset - 1).ToString(CultureInfo.InvariantCulture))),
        };
    }

    /// <summary>A C# enum value as GraphQL names it: <c>DateDescending</c> → <c>DATE_DESCENDING</c>.</summary>
    private static string EnumValue<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
        await using var admin = new NpgsqlConnection(_adminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
