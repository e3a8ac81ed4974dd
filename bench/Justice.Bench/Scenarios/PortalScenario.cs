using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Justice.Bench.Search;
using Justice.Domain.Common;
using Npgsql;

namespace Justice.Bench.Scenarios;

/// <summary>
/// <c>./bench.sh portal</c>: the host as deployed (<see cref="HostProcess"/>, over PostgreSQL with the demo data), loaded
/// by <c>wrk</c> (another process) as anonymous visitors: the home page, uncached searches (every request a new query string, so the output
/// cache never answers) and a law's page, each beside a static file served by the same host in the same run.
/// </summary>
public sealed partial class PortalScenario(BenchSettings settings)
{
    private const string Scenario = "portal";
    private const int Connections = 32;
    private const int Seconds = 10;

    public async Task RunAsync()
    {
        var database = await BenchHost.FreshDatabaseAsync(settings.PostgresConnection, "justice_bench_portal");
        await using var host = await HostProcess.StartAsync(database);
        var scripts = Directory.CreateTempSubdirectory("justice-bench-portal-").FullName;
        try
        {
            var address = host.Address.ToString().TrimEnd('/');
            await WaitForSearchIndexAsync(host.Address);
            var documentPath = await LongestLawPathAsync(database);
            var queriesFile = WriteSearchQueries(scripts);
            var scriptFile = WriteSearchScript(scripts);

            await EnsureAnswersAsync(address, "/css/site.css", "/", documentPath, "/van-ban?q=h%C3%B4n%20nh%C3%A2n");

            var staticFile = await RunAsync(address + "/css/site.css");
            var home = await RunAsync(address + "/");
            var document = await RunAsync(address + documentPath);
            var search = await RunAsync(address + "/", scriptFile, queriesFile);

            Report("static_file", staticFile, staticFile);
            Report("home", home, staticFile);
            Report("document_page", document, staticFile);
            Report("uncached_search", search, staticFile);
        }
        finally
        {
            Directory.Delete(scripts, recursive: true);
        }
    }

    private static void Report(string page, WrkResult result, WrkResult staticFile)
    {
        BenchResult.Compared(Scenario, page + ".requests_per_second", result.RequestsPerSecond, "req/s", staticFile.RequestsPerSecond).Print();
        BenchResult.Compared(Scenario, page + ".p99_latency", result.P99Milliseconds, "ms", staticFile.P99Milliseconds).Print();
        if (result.Errors > 0) new BenchResult(Scenario, page + ".errors", result.Errors, "responses").Print();
    }

    /// <summary>Every page measured must first answer 200: a benchmark of error pages measures nothing.</summary>
    private static async Task EnsureAnswersAsync(string address, params string[] paths)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        foreach (var path in paths)
        {
            using var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {body[..Math.Min(600, body.Length)]}");
        }
    }

    /// <summary>A short warm-up, then the measured run; wrk's own summary is parsed.</summary>
    private static async Task<WrkResult> RunAsync(string url, string? script = null, string? scriptArgument = null)
    {
        string[] withScript = script is null ? [url] : ["-s", script, url, "--", scriptArgument!];
        await WrkAsync(["-t2", $"-c{Connections}", "-d2s", .. withScript]);
        return WrkResult.Parse(await WrkAsync(["-t2", $"-c{Connections}", $"-d{Seconds}s", "--latency", .. withScript]));
    }

    private static async Task<string> WrkAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }

    /// <summary>The host builds its search index in the background at first start: searches are measured once it is done.</summary>
    private static async Task WaitForSearchIndexAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        while (true)
        {
            using var response = await http.PostAsJsonAsync("graphql", new { query = "{ searchLegalDocuments(query: \"luật\", first: 1) { indexRebuilding totalCount } }" });
            var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("searchLegalDocuments");
            if (!result.GetProperty("indexRebuilding").GetBoolean() && result.GetProperty("totalCount").GetInt32() > 0) return;
            await Task.Delay(200);
        }
    }

    private static async Task<string> LongestLawPathAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var longest = new NpgsqlCommand(
            "SELECT \"LegalDocumentId\" FROM \"LegalProvision\" GROUP BY \"LegalDocumentId\" ORDER BY count(*) DESC LIMIT 1", connection);
        var id = (Guid)(await longest.ExecuteScalarAsync())!;
        return $"/van-ban/{Justice.GraphQL.Common.GlobalId.Encode("LegalDocument", id)}";
    }

    /// <summary>1,000 topics as citizens type them: two to four words of a real legal question, half without diacritics.</summary>
    private static string WriteSearchQueries(string folder)
    {
        var random = new Random(11);
        var questions = BenchCorpus.Questions("questions-2023-train").Select(q => q.Text).ToList();
        var lines = Enumerable.Range(0, 1000).Select(_ =>
        {
            var words = questions[random.Next(questions.Count)].Replace(",", "").Replace("?", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var length = Math.Min(words.Length, 2 + random.Next(3));
            var text = string.Join(' ', words.Skip(random.Next(words.Length - length + 1)).Take(length)).ToLowerInvariant();
            return Uri.EscapeDataString(random.Next(2) == 0 ? VietnameseText.Fold(text) : text);
        });
        var path = Path.Combine(folder, "queries.txt");
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>Each request a query from the list plus a unique marker, so no two requests share a cache entry.</summary>
    private static string WriteSearchScript(string folder)
    {
        var path = Path.Combine(folder, "search.lua");
        File.WriteAllText(path, """
            local threads = 0
            function setup(thread) thread:set("tid", threads); threads = threads + 1 end
            local queries = {}
            local n = 0
            function init(args) for line in io.lines(args[1]) do queries[#queries + 1] = line end end
            function request()
              n = n + 1
              return wrk.format("GET", "/van-ban?q=" .. queries[(n % #queries) + 1] .. "&r=" .. tid .. "-" .. n)
            end
            """);
        return path;
    }

    private sealed partial record WrkResult(double RequestsPerSecond, double P99Milliseconds, int Errors)
    {
        public static WrkResult Parse(string output)
        {
            var rate = double.Parse(RateLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var p99 = P99Line().Match(output);
            var value = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture);
            var milliseconds = p99.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
            var errors = NonSuccess().Match(output) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return new WrkResult(rate, milliseconds, errors);
        }

        [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
        private static partial Regex RateLine();

        [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline)]
        private static partial Regex P99Line();

        [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
        private static partial Regex NonSuccess();
    }
}
