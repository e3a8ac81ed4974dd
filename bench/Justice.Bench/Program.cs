using Justice.Bench;
using Justice.Bench.Scenarios;

// ./bench.sh [scenario…] [--records N]: one JSON line per measurement on standard output.
var scenarios = new Dictionary<string, Func<BenchSettings, Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["ingest"] = settings => new IngestScenario(settings).RunAsync(),
    ["graphql"] = settings => new Justice.Bench.GraphQL.GraphQLScenario(settings).RunAsync(),
    ["mail"] = settings => new MailScenario(settings).RunAsync(),
    ["search"] = settings => new Justice.Bench.Search.SearchScenario(settings).RunAsync(),
    ["conferences"] = settings => new ConferencesScenario(settings).RunAsync(),
    ["portal"] = settings => new PortalScenario(settings).RunAsync(),
};

var settings = BenchSettings.From(args);
var chosen = settings.Scenarios.Count > 0 ? settings.Scenarios : [.. scenarios.Keys];
foreach (var name in chosen)
{
    if (!scenarios.TryGetValue(name, out var run))
    {
        Console.Error.WriteLine($"Unknown scenario '{name}'. Known: {string.Join(", ", scenarios.Keys)}");
        return 2;
    }
    await run(settings);
}
return 0;
