using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Audit;
using Justice.Domain.Organisations;
using Justice.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Persistence;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> b)
    {
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.Name).HasMaxLength(200);
        // The same code may be reused by a unit of the new structure (e.g. 24 Bắc Ninh), so the key is code + start.
        b.HasIndex(x => new { x.Code, x.ValidFrom }).IsUnique();
        b.HasIndex(x => x.ParentId);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Code).HasMaxLength(30);
        b.HasIndex(x => x.Kind);
        b.HasIndex(x => x.Code);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.AdministrativeUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> b)
    {
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.HasIndex(x => new { x.Actor, x.OccurredAt });
        b.Property(x => x.Fields).HasMaxLength(2000);
        b.Property(x => x.ClientId).HasMaxLength(200);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(x => x.Payload).HasMaxLength(100_000);
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.HasIndex(x => new { x.Status, x.AvailableAt });
        b.HasIndex(x => x.Topic);
    }
}
