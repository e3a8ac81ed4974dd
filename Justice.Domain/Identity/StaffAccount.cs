using Microsoft.AspNetCore.Identity;

namespace Justice.Domain.Identity;

/// <summary>
/// Tài khoản: a person who signs in to the system — a staff member of an organisation, or a citizen.
/// What they may do comes from their roles (<see cref="StaffRoles"/>); where they may do it, from their
/// organisation and unit.
/// </summary>
public sealed class StaffAccount : IdentityUser<Guid>
{
    private StaffAccount() { }

    public StaffAccount(string email, string fullName, Guid? organisationId = null, Guid? jurisdictionUnitId = null,
        string? personalIdNumber = null)
    {
        Id = Guid.NewGuid();
        UserName = email.Trim();
        Email = email.Trim();
        FullName = Common.VietnameseText.Required(fullName, "Họ và tên", 200);
        OrganisationId = organisationId;
        JurisdictionUnitId = jurisdictionUnitId;
        PersonalIdNumber = Common.VietnameseText.NormalizeOptional(personalIdNumber);
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Họ và tên, as shown to others and put into the <c>name</c> claim.</summary>
    public string FullName { get; private set; } = "";
    /// <summary>The organisation the account works for; null for citizens.</summary>
    public Guid? OrganisationId { get; private set; }
    /// <summary>The administrative unit the account's jurisdiction covers; null = national.</summary>
    public Guid? JurisdictionUnitId { get; private set; }
    /// <summary>Số định danh cá nhân of a citizen's account, as verified when the account was opened.</summary>
    public string? PersonalIdNumber { get; private set; }
}

/// <summary>A role (<see cref="StaffRoles"/>) as ASP.NET Core Identity stores it.</summary>
public sealed class StaffRole : IdentityRole<Guid>
{
    private StaffRole() { }

    public StaffRole(string name) : base(name) => Id = Guid.NewGuid();
}
