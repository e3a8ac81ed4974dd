using Justice.Domain.Common;
using Justice.Domain.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.PortalContent;

internal sealed class NewsArticleConfiguration : IEntityTypeConfiguration<NewsArticle>
{
    public void Configure(EntityTypeBuilder<NewsArticle> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Slug).HasMaxLength(Slug.MaxLength);
        b.Property(x => x.Summary).HasMaxLength(1000);
        b.Property(x => x.Body).HasColumnType("text");
        b.Property(x => x.Author).HasMaxLength(200);
        b.HasIndex(x => x.Slug).IsUnique();
        // The home page and each category page list the latest articles first.
        b.HasIndex(x => new { x.Category, x.PublishedAt });
        b.HasIndex(x => x.PublishedAt);
    }
}

internal sealed class LegalQuestionConfiguration : IEntityTypeConfiguration<LegalQuestion>
{
    public void Configure(EntityTypeBuilder<LegalQuestion> b)
    {
        b.Property(x => x.TrackingCode).HasMaxLength(30);
        b.Property(x => x.AskerName).HasMaxLength(200);
        b.Property(x => x.AskerEmail).HasMaxLength(EmailAddress.MaxLength);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.QuestionText).HasColumnType("text");
        b.Property(x => x.AnswerText).HasColumnType("text");
        b.Property(x => x.AnsweredBy).HasMaxLength(200);
        b.Property(x => x.RejectionReason).HasMaxLength(1000);
        b.HasIndex(x => x.TrackingCode).IsUnique();
        b.HasIndex(x => new { x.Status, x.Field, x.PublishedAt });
        b.HasIndex(x => x.AskerEmail);
    }
}

internal sealed class DraftConsultationConfiguration : IEntityTypeConfiguration<DraftConsultation>
{
    public void Configure(EntityTypeBuilder<DraftConsultation> b)
    {
        b.Property(x => x.DraftingAgency).HasMaxLength(300);
        b.Property(x => x.Summary).HasColumnType("text");
        b.Property(x => x.DocumentUrl).HasMaxLength(1000);
        b.HasIndex(x => new { x.OpensOn, x.ClosesOn });
    }
}

internal sealed class ConsultationCommentConfiguration : IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<ConsultationComment> b)
    {
        b.Property(x => x.CommenterName).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(EmailAddress.MaxLength);
        b.Property(x => x.Provision).HasMaxLength(200);
        b.Property(x => x.Content).HasColumnType("text");
        b.HasIndex(x => new { x.ConsultationId, x.SubmittedAt });
        b.HasOne<DraftConsultation>().WithMany().HasForeignKey(x => x.ConsultationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OnlineContestConfiguration : IEntityTypeConfiguration<OnlineContest>
{
    public void Configure(EntityTypeBuilder<OnlineContest> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Description).HasColumnType("text");
        b.HasIndex(x => new { x.OpensAt, x.ClosesAt });
        b.HasMany(x => x.Questions).WithOne().HasForeignKey("OnlineContestId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ContestQuestionConfiguration : IEntityTypeConfiguration<ContestQuestion>
{
    public void Configure(EntityTypeBuilder<ContestQuestion> b)
    {
        // Made in-process with the contest: EF must insert it, not look for an existing row.
        b.Property(x => x.Text).HasMaxLength(2000);
        b.Property<Guid>("OnlineContestId");
        b.HasIndex("OnlineContestId", nameof(ContestQuestion.Position)).IsUnique();
        b.Ignore(x => x.Options);
    }
}

internal sealed class ContestAttemptConfiguration : IEntityTypeConfiguration<ContestAttempt>
{
    public void Configure(EntityTypeBuilder<ContestAttempt> b)
    {
        b.Property(x => x.ParticipantName).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(EmailAddress.MaxLength);
        // Rankings: by contest, best score, then shortest time.
        b.HasIndex(x => new { x.ContestId, x.Score });
        b.HasIndex(x => new { x.ContestId, x.Email });
        b.HasIndex(x => new { x.ContestId, x.ProvinceId });
        b.HasOne<OnlineContest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Answers).WithOne().HasForeignKey("ContestAttemptId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Duration);
    }
}

internal sealed class ContestAnswerConfiguration : IEntityTypeConfiguration<ContestAnswer>
{
    public void Configure(EntityTypeBuilder<ContestAnswer> b)
    {
        b.Property<Guid>("ContestAttemptId");
        b.HasIndex("ContestAttemptId", nameof(ContestAnswer.QuestionId)).IsUnique();
        b.HasOne<ContestQuestion>().WithMany().HasForeignKey(x => x.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}
