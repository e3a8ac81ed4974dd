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
        var latencies = new List<double>(4096);
        var elapsed = await RunLoopsAsync(send, concurrency, duration, latencies);
        return Result(latencies, elapsed);
    }

    /// <summary>
    /// Measures two request kinds for <paramref name="duration"/> each, in alternating slices (A, B, A, B…) after both
    /// warmed up: the machine's load, which others share, then weighs on both sides alike.
    /// </summary>
    public static async Task<(LoadResult A, LoadResult B)> CompareAsync(Func<int, Task> a, Func<int, Task> b, int concurrency,
        TimeSpan duration, int slices = 6)
    {
        await RunLoopsAsync(a, concurrency, duration / 4, latencies: null);
        await RunLoopsAsync(b, concurrency, duration / 4, latencies: null);
        List<double> latenciesA = new(4096), latenciesB = new(4096);
        TimeSpan elapsedA = TimeSpan.Zero, elapsedB = TimeSpan.Zero;
        for (var slice = 0; slice < slices; slice++)
        {
            elapsedA += await RunLoopsAsync(a, concurrency, duration / slices, latenciesA);
            elapsedB += await RunLoopsAsync(b, concurrency, duration / slices, latenciesB);
        }
        return (Result(latenciesA, elapsedA), Result(latenciesB, elapsedB));
    }

    private static LoadResult Result(List<double> latencies, TimeSpan elapsed)
    {
        var all = latencies.Order().ToArray();
        return new LoadResult(all.Length, all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static async Task<TimeSpan> RunLoopsAsync(Func<int, Task> send, int concurrency, TimeSpan duration, List<double>? latencies)
    {
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counter = 0;
        var perLoop = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>(1024);
            while (Stopwatch.GetTimestamp() < until)
            {
                var index = Interlocked.Increment(ref counter);
                var start = Stopwatch.GetTimestamp();
                await send(index);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return mine;
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (latencies is not null) foreach (var mine in perLoop) latencies.AddRange(mine);
        return elapsed;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
