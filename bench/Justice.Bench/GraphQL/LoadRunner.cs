using System.Diagnostics;

namespace Justice.Bench.GraphQL;

/// <summary>Latencies of one request kind under a fixed number of concurrent callers for a fixed time.</summary>
public sealed record LoadResult(int Requests, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds);

public static class LoadRunner
{
    /// <summary>
    /// Runs <paramref name="send"/> from <paramref name="concurrency"/> loops for <paramref name="duration"/>, after a
    /// warm-up of the same length divided by four. <paramref name="send"/> gets the request index and must throw on failure.
    /// </summary>
    public static async Task<LoadResult> RunAsync(Func<int, Task> send, int concurrency, TimeSpan duration)
    {
        await RunLoopsAsync(send, concurrency, duration / 4, latencies: null);
        var latencies = new List<double>[concurrency];
        for (var i = 0; i < concurrency; i++) latencies[i] = new List<double>(4096);
        var started = Stopwatch.GetTimestamp();
        await RunLoopsAsync(send, concurrency, duration, latencies);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static async Task RunLoopsAsync(Func<int, Task> send, int concurrency, TimeSpan duration, List<double>[]? latencies)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counter = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(loop => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var index = Interlocked.Increment(ref counter);
                var start = Stopwatch.GetTimestamp();
                await send(index);
                latencies?[loop].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
