using System.Data.Common;
using System.Runtime.CompilerServices;
using Justice.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Justice.Domain.Persistence;

/// <summary>
/// Tells the <see cref="IPublicContentListener"/>s when a save changed an <see cref="IPublicContent"/> entity,
/// whichever path the change came by (GraphQL, a portal form, a background sync). Inside an explicit transaction
/// the news waits for the commit, so that a page rendered in between cannot cache what is about to change.
/// </summary>
public sealed class PublicContentChangeInterceptor(IEnumerable<IPublicContentListener> listeners)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly IPublicContentListener[] listeners = listeners.ToArray();
    private readonly ConditionalWeakTable<DbContext, StrongBox<bool>> pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) await NotifyIfPendingAsync(context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
            NotifyIfPendingAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await NotifyIfPendingAsync(context, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) NotifyIfPendingAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var flag)) flag.Value = false;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null || listeners.Length == 0) return;
        var changed = context.ChangeTracker.Entries().Any(e => e.Entity is IPublicContent content && e.State switch
        {
            EntityState.Added => content.VisibleToPublic,
            EntityState.Modified or EntityState.Deleted => true,
            _ => false,
        });
        if (changed) pending.GetOrCreateValue(context).Value = true;
    }

    private async ValueTask NotifyIfPendingAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!pending.TryGetValue(context, out var flag) || !flag.Value) return;
        flag.Value = false;
        foreach (var listener in listeners) await listener.PublicContentChangedAsync(cancellationToken);
    }
}
