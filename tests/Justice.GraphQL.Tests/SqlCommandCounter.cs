using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Justice.GraphQL.Tests;

/// <summary>
/// Counts the queries (SELECTs) EF Core sends to one host's database while it is alive, to prove that a list with
/// nested fields costs a constant number of queries, not one per item. Writes (the audit of a read) are not counted.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    private readonly string _databasePath;

    /// <summary>
    /// Counts the SELECTs sent to <paramref name="host"/>'s database (other test classes run in parallel against their
    /// own), once the host has built its search index: that rebuild reads the database in the background at start.
    /// </summary>
    public SqlCommandCounter(GraphQLHost host)
    {
        var index = host.Services.GetService<Justice.Search.Indexing.SearchIndexHost>();
        for (var waited = 0; index is { IsRebuilding: true } && waited < 1200; waited++) Thread.Sleep(100);
        _databasePath = host.DataPath;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore") lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        // Background workers poll their outboxes on their own schedule; those commands are not the request's.
        if (value is { Key: "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting", Value: CommandEventData data }
            && data.Command.Connection?.DataSource?.Contains(_databasePath, StringComparison.Ordinal) == true
            && data.Command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            && !data.Command.CommandText.Contains("Outbox", StringComparison.Ordinal)
            && !data.Command.CommandText.Contains("OutgoingEmail", StringComparison.Ordinal))
            Interlocked.Increment(ref _count);
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
