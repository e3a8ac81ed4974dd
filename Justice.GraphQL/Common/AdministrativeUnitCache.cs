using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Common;

/// <summary>
/// Administrative units change only by law (reference data imported when the database is prepared), so the
/// whole list, a few thousand rows, is read once per process: an <c>administrativeUnit</c> or <c>province</c>
/// field then costs no round trip, and jurisdictions walk the tree in memory.
/// </summary>
public sealed class AdministrativeUnitCache
{
    private IReadOnlyDictionary<Guid, AdministrativeUnit>? _units;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public async ValueTask<IReadOnlyDictionary<Guid, AdministrativeUnit>> AllAsync(JusticeDbContext db, CancellationToken cancellationToken)
    {
        if (_units is { } known) return known;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _units ??= await db.Set<AdministrativeUnit>().AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        }
        finally { _loading.Release(); }
    }
}
