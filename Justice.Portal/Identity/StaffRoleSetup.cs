using Justice.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace Justice.Portal.Identity;

/// <summary>The roles of <see cref="StaffRoles"/> must exist in every database, not only in the demo data.</summary>
public static class StaffRoleSetup
{
    /// <summary>Creates the missing roles; run at every start, so a role added in a release exists after deploying it.</summary>
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<StaffRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            var created = await roles.CreateAsync(new StaffRole(role));
            if (!created.Succeeded)
                throw new InvalidOperationException($"Role {role}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
    }
}
