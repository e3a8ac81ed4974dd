using System.Diagnostics;

namespace Justice.GraphQL.Tests.Auctions;

/// <summary>Counts the SQL commands EF Core executes while it is alive (every context in the process).</summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public SqlCommandCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting") Interlocked.Increment(ref _count);
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
