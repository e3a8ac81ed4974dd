using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Mail;

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> b)
    {
        b.Ignore(x => x.To);
        b.Property(x => x.MessageId).HasMaxLength(300);
        b.Property(x => x.TemplateKey).HasMaxLength(100);
        b.Property(x => x.FromAddress).HasMaxLength(254);
        b.Property(x => x.FromName).HasMaxLength(200);
        b.Property(x => x.ReplyTo).HasMaxLength(254);
        b.Property(x => x.ToAddresses).HasColumnType("text");
        b.Property(x => x.Subject).HasMaxLength(400);
        b.Property(x => x.HtmlBody).HasColumnType("text");
        b.Property(x => x.TextBody).HasColumnType("text");
        b.Ignore(x => x.HasCalendar);
        b.Property(x => x.CalendarMethod).HasMaxLength(10);
        b.Property(x => x.CalendarContent).HasColumnType("text");
        b.Property(x => x.ListUnsubscribeUrl).HasMaxLength(OutgoingEmail.MaxUrlLength);
        b.Property(x => x.LastError).HasMaxLength(OutgoingEmail.MaxErrorLength);
        b.HasIndex(x => x.MessageId).IsUnique();
        // The dispatcher's claim: due messages by status, oldest first.
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        b.HasIndex(x => new { x.TemplateKey, x.CreatedAt });
        // The per-domain rate limit counts the attempts started in the last minute.
        b.HasIndex(x => x.LastAttemptAt);
    }
}
