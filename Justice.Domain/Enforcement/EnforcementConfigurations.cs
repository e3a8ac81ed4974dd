using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Enforcement;

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> b)
    {
        b.Property(x => x.FileNumber).HasMaxLength(50);
        b.Property(x => x.StatusReason).HasMaxLength(2000);
        b.Ignore(x => x.OutstandingAmount);
        b.Ignore(x => x.IsClosed);
        b.OwnsOne(x => x.Judgment, j =>
        {
            j.Property(x => x.CourtName).HasColumnName("JudgmentCourtName").HasMaxLength(300);
            j.Property(x => x.CourtId).HasColumnName("JudgmentCourtId");
            j.Property(x => x.Number).HasColumnName("JudgmentNumber").HasMaxLength(60);
            j.Property(x => x.Date).HasColumnName("JudgmentDate");
            j.HasIndex(x => x.Number);
            j.HasOne<Organisation>().WithMany().HasForeignKey(x => x.CourtId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Navigation(x => x.Judgment).IsRequired();
        b.OwnsOne(x => x.Decision, d =>
        {
            d.Property(x => x.Number).HasColumnName("DecisionNumber").HasMaxLength(60);
            d.Property(x => x.Date).HasColumnName("DecisionDate");
            d.Property(x => x.IssuedBy).HasColumnName("DecisionIssuedBy").HasMaxLength(200);
        });
        b.Navigation(x => x.Decision).IsRequired();
        b.OwnsOne(x => x.Officer, o =>
        {
            o.Property(x => x.Name).HasColumnName("OfficerName").HasMaxLength(200);
            o.Property(x => x.BadgeNumber).HasColumnName("OfficerBadgeNumber").HasMaxLength(30);
            o.HasIndex(x => x.BadgeNumber);
        });

        b.HasMany(x => x.Parties).WithOne().HasForeignKey("EnforcementCaseId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Parties).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Obligations).WithOne().HasForeignKey("EnforcementCaseId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Obligations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Payments).WithOne().HasForeignKey("EnforcementCaseId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Payments).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasIndex(x => new { x.EnforcementOfficeId, x.FileNumber }).IsUnique();
        b.HasIndex(x => new { x.EnforcementOfficeId, x.Status });
        b.HasIndex(x => new { x.IsListedWithoutConditions, x.ProvinceId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.EnforcementOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnforcementPartyConfiguration : IEntityTypeConfiguration<EnforcementParty>
{
    public void Configure(EntityTypeBuilder<EnforcementParty> b)
    {
        // Children are added to loaded cases with ids made in-process: without this EF would take them for existing rows.
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.NameFolded).HasMaxLength(300);
        b.Property(x => x.PersonalIdNumber).HasMaxLength(12);
        // Public list by name, and the staff's "every case against this person" lookup.
        b.HasIndex(x => new { x.Role, x.NameFolded });
        b.HasIndex(x => x.PersonalIdNumber);
    }
}

internal sealed class EnforcementObligationConfiguration : IEntityTypeConfiguration<EnforcementObligation>
{
    public void Configure(EntityTypeBuilder<EnforcementObligation> b)
    {
        b.Property(x => x.Description).HasMaxLength(2000);
    }
}

internal sealed class CollectedPaymentConfiguration : IEntityTypeConfiguration<CollectedPayment>
{
    public void Configure(EntityTypeBuilder<CollectedPayment> b)
    {
        b.Property(x => x.ReceiptNumber).HasMaxLength(50);
    }
}
