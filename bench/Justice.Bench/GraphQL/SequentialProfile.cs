using System.Diagnostics;

namespace Justice.Bench.GraphQL;

/// <summary>One caller, one request at a time: the cost of a request without queueing, and its SQL round trips.</summary>
public sealed record SequentialResult(double MeanMilliseconds, double SqlCommandsPerRequest, double SqlMillisecondsPerRequest);

public static class SequentialProfile
{
    /// <summary>
    /// Sends <paramref name="a"/> and <paramref name="b"/> in turn, one request at a time, and attributes each
    /// request's time and SQL commands to its side (the turns keep a change of machine load from favouring one).
    /// </summary>
    public static async Task<(SequentialResult A, SequentialResult B)> CompareAsync(Func<int, Task> a, Func<int, Task> b,
        SqlCommandTimer sql, int requests = 200)
    {
        var sideA = new Totals();
        var sideB = new Totals();
        for (var i = 0; i < requests; i++)
        {
            await MeasureAsync(a, i, sql, sideA);
            await MeasureAsync(b, i, sql, sideB);
        }
        return (sideA.Result(requests), sideB.Result(requests));
    }

    private static async Task MeasureAsync(Func<int, Task> send, int index, SqlCommandTimer sql, Totals totals)
    {
        var (commands, sqlTime) = sql.Snapshot();
        var started = Stopwatch.GetTimestamp();
        await send(index);
        totals.Elapsed += Stopwatch.GetElapsedTime(started);
        var (commandsAfter, sqlTimeAfter) = sql.Snapshot();
        totals.Commands += commandsAfter - commands;
        totals.Sql += sqlTimeAfter - sqlTime;
    }

    private sealed class Totals
    {
        public TimeSpan Elapsed;
        public long Commands;
        public TimeSpan Sql;

        public SequentialResult Result(int requests) =>
            new(Elapsed.TotalMilliseconds / requests, Commands / (double)requests, Sql.TotalMilliseconds / requests);
    }
}
