namespace Justice.Bench;

public sealed record BenchSettings(IReadOnlyList<string> Scenarios, long Records, string PostgresConnection)
{
    public const long DefaultRecords = 1_000_000;

    public static BenchSettings From(string[] args)
    {
        var scenarios = new List<string>();
        var records = DefaultRecords;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--records" && i + 1 < args.Length) records = long.Parse(args[++i]);
            else scenarios.Add(args[i]);
        }
        var postgres = Environment.GetEnvironmentVariable("JUSTICE_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("JUSTICE_BENCH_POSTGRES is not set: run the benchmarks with ./bench.sh.");
        return new BenchSettings(scenarios, records, postgres);
    }
}
