using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.LegalDocuments;

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> b)
    {
        // Stored canonical, so lookups by number are a plain equality on the index.
        b.Property(x => x.Number)
            .HasConversion(n => n!.Value, s => DocumentNumber.Parse(s))
            .HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.IssuingBodyName).HasMaxLength(300);
        b.Property(x => x.SignerName).HasMaxLength(200);
        b.Property(x => x.SignerTitle).HasMaxLength(200);
        b.Ignore(x => x.Fields);
        b.Ignore(x => x.Articles);
        b.PrimitiveCollection<List<string>>("_fields").HasColumnName("Fields");

        // A number identifies a document within its scope: provinces number their decisions independently
        // (every province has a 15/2023/QĐ-UBND), so central numbers are unique alone, local ones per province.
        b.HasIndex(x => x.Number).IsUnique().HasFilter("\"ProvinceId\" IS NULL").HasDatabaseName("IX_LegalDocument_Number_Central");
        b.HasIndex(x => new { x.Number, x.ProvinceId }).IsUnique();
        b.HasIndex(x => new { x.Type, x.IssueDate });
        b.HasIndex(x => new { x.Status, x.EffectiveDate });
        b.HasIndex(x => x.IssuingBodyId);
        b.HasIndex(x => x.ProvinceId);

        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.IssuingBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(x => x.Provisions).WithOne().HasForeignKey(p => p.LegalDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Provisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.LegalDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Relations).WithOne().HasForeignKey(r => r.LegalDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Relations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LegalProvisionConfiguration : IEntityTypeConfiguration<LegalProvision>
{
    public void Configure(EntityTypeBuilder<LegalProvision> b)
    {
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.Text).HasColumnType("text");
        b.HasIndex(x => new { x.LegalDocumentId, x.Position }).IsUnique();
        b.HasIndex(x => new { x.LegalDocumentId, x.Kind, x.Number });
        b.HasIndex(x => x.ParentId);
        // NO ACTION, not RESTRICT: deleting a document removes parent and child provisions in one statement.
        b.HasOne<LegalProvision>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class LegalDocumentRelationConfiguration : IEntityTypeConfiguration<LegalDocumentRelation>
{
    public void Configure(EntityTypeBuilder<LegalDocumentRelation> b)
    {
        b.HasIndex(x => new { x.LegalDocumentId, x.Type, x.TargetDocumentId }).IsUnique();
        // "Amended by", "guided by": the reverse direction is read through this index.
        b.HasIndex(x => new { x.TargetDocumentId, x.Type });
        b.HasOne<LegalDocument>().WithMany().HasForeignKey(x => x.TargetDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LegalDocumentAttachmentConfiguration : IEntityTypeConfiguration<LegalDocumentAttachment>
{
    public void Configure(EntityTypeBuilder<LegalDocumentAttachment> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Link).HasMaxLength(1000);
        b.HasIndex(x => x.LegalDocumentId);
    }
}
