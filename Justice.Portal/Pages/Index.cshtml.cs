using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Portal.Pages;

public sealed class IndexModel(JusticeDbContext db, TimeProvider clock) : PageModel
{
    public int ProvinceCount { get; private set; }
    public int CommuneCount { get; private set; }
    public int OrganisationCount { get; private set; }
    public IReadOnlyList<string> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var units = db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today));
        Provinces = await units.Where(u => u.Level == AdministrativeLevel.Province)
            .OrderBy(u => u.Code).Select(u => u.Name).ToListAsync(ct);
        ProvinceCount = Provinces.Count;
        CommuneCount = await units.CountAsync(u => u.Level == AdministrativeLevel.Commune, ct);
        OrganisationCount = await db.Set<Organisation>().CountAsync(ct);
    }
}
