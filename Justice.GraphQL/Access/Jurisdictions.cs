using System.Collections.Concurrent;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Access;

/// <summary>
/// Which administrative units a jurisdiction covers: the unit itself and every unit below it (a province
/// covers its communes). Units change only by law, so the tree is read once per process.
/// </summary>
public sealed class Jurisdictions
{
    private readonly ConcurrentDictionary<Guid, IReadOnlySet<Guid>> _covered = new();
    private Dictionary<Guid, List<Guid>>? _children;
    private readonly SemaphoreSlim _loading = new(1, 1);

    /// <summary>Null for a national caller (no restriction); otherwise the units they may see.</summary>
    public async Task<IReadOnlySet<Guid>?> CoveredByAsync(Caller caller, JusticeDbContext db, CancellationToken cancellationToken)
    {
        if (caller.IsNational) return null;
        var root = caller.JurisdictionUnitId!.Value;
        if (_covered.TryGetValue(root, out var known)) return known;
        var children = await ChildrenAsync(db, cancellationToken);
        var covered = new HashSet<Guid>();
        var stack = new Stack<Guid>([root]);
        while (stack.TryPop(out var unit))
        {
            if (!covered.Add(unit)) continue;
            if (children.TryGetValue(unit, out var below)) foreach (var child in below) stack.Push(child);
        }
        return _covered[root] = covered;
    }

    private async Task<Dictionary<Guid, List<Guid>>> ChildrenAsync(JusticeDbContext db, CancellationToken cancellationToken)
    {
        if (_children is not null) return _children;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_children is not null) return _children;
            var pairs = await db.Set<AdministrativeUnit>().AsNoTracking()
                .Where(u => u.ParentId != null).Select(u => new { u.Id, Parent = u.ParentId!.Value }).ToListAsync(cancellationToken);
            return _children = pairs.GroupBy(p => p.Parent).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToList());
        }
        finally { _loading.Release(); }
    }
}
