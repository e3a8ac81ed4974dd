using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Codification;

internal sealed class CodificationSubjectConfiguration : IEntityTypeConfiguration<CodificationSubject>
{
    public void Configure(EntityTypeBuilder<CodificationSubject> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasIndex(x => x.Number).IsUnique();
    }
}

internal sealed class CodificationTopicConfiguration : IEntityTypeConfiguration<CodificationTopic>
{
    public void Configure(EntityTypeBuilder<CodificationTopic> b)
    {
        b.Property(x => x.AppraisalRemarks).HasMaxLength(2000);
        b.Property(x => x.ApprovalDecision).HasMaxLength(200);
        // Not unique: the Code database itself has a few subjects where two topics share a number.
        b.HasIndex(x => new { x.SubjectId, x.Number });
        b.HasIndex(x => new { x.AssignedMinistryId, x.Status });
        b.HasIndex(x => x.Status);
        b.HasOne<CodificationSubject>().WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.AssignedMinistryId).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(x => x.Chapters).WithOne().HasForeignKey(c => c.TopicId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Chapters).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Sections).WithOne().HasForeignKey(s => s.TopicId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Sections).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Articles).WithOne().HasForeignKey(a => a.TopicId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Articles).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CodificationChapterConfiguration : IEntityTypeConfiguration<CodificationChapter>
{
    public void Configure(EntityTypeBuilder<CodificationChapter> b)
    {
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.SourceCode).HasMaxLength(60);
        b.HasIndex(x => new { x.TopicId, x.Position }).IsUnique();
    }
}

internal sealed class CodificationSectionConfiguration : IEntityTypeConfiguration<CodificationSection>
{
    public void Configure(EntityTypeBuilder<CodificationSection> b)
    {
        b.Property(x => x.Number).HasMaxLength(20);
        b.HasIndex(x => new { x.ChapterId, x.Position }).IsUnique();
        b.HasIndex(x => x.TopicId);
        // NO ACTION: the topic's cascade removes chapters and sections in the same statement.
        b.HasOne<CodificationChapter>().WithMany().HasForeignKey(x => x.ChapterId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class CodificationArticleConfiguration : IEntityTypeConfiguration<CodificationArticle>
{
    public void Configure(EntityTypeBuilder<CodificationArticle> b)
    {
        b.Property(x => x.Symbol).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.Text).HasColumnType("text");
        b.Property(x => x.SourceNote).HasMaxLength(1000);
        b.HasIndex(x => new { x.TopicId, x.Symbol }).IsUnique();
        b.HasIndex(x => new { x.TopicId, x.Position });
        b.HasIndex(x => x.ChapterId);
        b.HasIndex(x => x.SectionId);
        b.HasIndex(x => x.GuidedArticleId);
        // When a source article is amended or expires, the Code articles copied from it are found here.
        b.HasIndex(x => x.SourceProvisionId);
        b.HasIndex(x => x.SourceDocumentId);
        b.HasOne<CodificationChapter>().WithMany().HasForeignKey(x => x.ChapterId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<CodificationSection>().WithMany().HasForeignKey(x => x.SectionId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<CodificationArticle>().WithMany().HasForeignKey(x => x.GuidedArticleId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<LegalDocument>().WithMany().HasForeignKey(x => x.SourceDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LegalProvision>().WithMany().HasForeignKey(x => x.SourceProvisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
