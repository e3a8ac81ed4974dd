using System.Collections.Concurrent;
using Justice.Domain.Persistence;
using Justice.GraphQL.Common;

namespace Justice.GraphQL.Access;

/// <summary>
/// Which administrative units a jurisdiction covers: the unit itself and every unit below it (a province
/// covers its communes). Units change only by law, so the tree is read once per process.
/// </summary>
public sealed class Jurisdictions(AdministrativeUnitCache units)
{
    private readonly ConcurrentDictionary<Guid, IReadOnlySet<Guid>> _covered = new();
    private Dictionary<Guid, List<Guid>>? _children;

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
        if (_children is { } known) return known;
        var all = await units.AllAsync(db, cancellationToken);
        return _children = all.Values.Where(u => u.ParentId != null)
            .GroupBy(u => u.ParentId!.Value).ToDictionary(g => g.Key, g => g.Select(u => u.Id).ToList());
    }
}
