using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Justice.Bench.GraphQL;

/// <summary>
/// Counts the SQL commands EF Core sends (reads and writes, transactions aside) and the time they take, so the
/// profile can say how many round trips each side of the comparison makes and how much of a request is database.
/// </summary>
public sealed class SqlCommandTimer : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private long _commands;
    private long _ticks;

    public SqlCommandTimer() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public (long Commands, TimeSpan Duration) Snapshot() =>
        (Interlocked.Read(ref _commands), TimeSpan.FromTicks(Interlocked.Read(ref _ticks)));

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore") lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value is { Key: "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted", Value: CommandExecutedEventData data })
        {
            Interlocked.Increment(ref _commands);
            Interlocked.Add(ref _ticks, data.Duration.Ticks);
        }
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
