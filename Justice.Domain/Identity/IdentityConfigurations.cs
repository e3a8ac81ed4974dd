using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Identity;

internal sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> b)
    {
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.PersonalIdNumber).HasMaxLength(12);
        b.Property(x => x.PhoneNumber).HasMaxLength(30);
        b.HasIndex(x => x.OrganisationId);
        b.HasIndex(x => x.PersonalIdNumber);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.JurisdictionUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffAccountLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b)
    {
        b.Property(x => x.LoginProvider).HasMaxLength(128);
        b.Property(x => x.ProviderKey).HasMaxLength(128);
    }
}

internal sealed class StaffAccountTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b)
    {
        b.Property(x => x.LoginProvider).HasMaxLength(128);
        b.Property(x => x.Name).HasMaxLength(128);
    }
}

internal static class IdentityModel
{
    /// <summary>
    /// The model-wide convention caps every string at 500 characters. ASP.NET Core Identity and OpenIddict
    /// bound the columns they mean to bound themselves and leave the rest unbounded — token payloads,
    /// JSON properties, permissions, key sets, password hashes — so those become <c>text</c> here.
    /// </summary>
    public static void UnboundLibraryStrings(ModelBuilder modelBuilder, int conventionalMaxLength)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(IsLibraryEntity))
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                if (property.GetMaxLength() != conventionalMaxLength) continue;
                property.SetMaxLength(null);
                property.SetColumnType("text");
            }
        }
    }

    private static bool IsLibraryEntity(IMutableEntityType entity) =>
        entity.ClrType.Namespace is { } ns
        && (ns.StartsWith("OpenIddict.", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal)
            || ns == typeof(StaffAccount).Namespace);
}
