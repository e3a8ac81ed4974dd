using Justice.Domain.Common;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.JudicialRecords;

internal sealed class JudicialRecordConfiguration : IEntityTypeConfiguration<JudicialRecord>
{
    public void Configure(EntityTypeBuilder<JudicialRecord> b)
    {
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.PlaceOfBirth).HasMaxLength(300);
        b.Property(x => x.Nationality).HasMaxLength(100);
        PersonalIdNumberColumn.Configure(b.Property(x => x.PersonalIdNumber));
        // One record per person: certificates are issued by looking the applicant up by number.
        b.HasIndex(x => x.PersonalIdNumber).IsUnique();
        b.HasIndex(x => new { x.FullName, x.DateOfBirth });
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.KeeperOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Convictions).WithOne().HasForeignKey("JudicialRecordId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Convictions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.ManagementPostBans).WithOne().HasForeignKey("JudicialRecordId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.ManagementPostBans).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConvictionConfiguration : IEntityTypeConfiguration<Conviction>
{
    public void Configure(EntityTypeBuilder<Conviction> b)
    {
        b.Property(x => x.CourtName).HasMaxLength(300);
        b.Property(x => x.JudgmentNumber).HasMaxLength(50);
        b.Ignore(x => x.IsExpunged);
        b.HasIndex(x => x.JudgmentNumber);
    }
}

internal sealed class ManagementPostBanConfiguration : IEntityTypeConfiguration<ManagementPostBan>
{
    public void Configure(EntityTypeBuilder<ManagementPostBan> b)
    {
        b.Property(x => x.CourtName).HasMaxLength(300);
        b.Property(x => x.DecisionNumber).HasMaxLength(50);
        b.Property(x => x.EnterpriseName).HasMaxLength(300);
    }
}

internal sealed class JudicialRecordCertificateApplicationConfiguration : IEntityTypeConfiguration<JudicialRecordCertificateApplication>
{
    public void Configure(EntityTypeBuilder<JudicialRecordCertificateApplication> b)
    {
        b.Property(x => x.TrackingCode).HasMaxLength(30);
        b.Property(x => x.ApplicantFullName).HasMaxLength(200);
        b.Property(x => x.ApplicantEmail).HasMaxLength(EmailAddress.MaxLength);
        PersonalIdNumberColumn.Configure(b.Property(x => x.ApplicantPersonalIdNumber));
        b.Property(x => x.RefusalReason).HasMaxLength(1000);
        b.HasIndex(x => x.TrackingCode).IsUnique();
        b.HasIndex(x => x.ApplicantPersonalIdNumber);
        // The office's work list: open applications by deadline.
        b.HasIndex(x => new { x.ProcessingOrganisationId, x.Status, x.Deadline });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ProcessingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key back to the certificate: the certificate already points here, and a cycle would stop
        // an application and its certificate being saved together.
    }
}

internal sealed class IssuedJudicialRecordCertificateConfiguration : IEntityTypeConfiguration<IssuedJudicialRecordCertificate>
{
    public void Configure(EntityTypeBuilder<IssuedJudicialRecordCertificate> b)
    {
        b.Property(x => x.Number).HasMaxLength(50);
        b.Property(x => x.HolderFullName).HasMaxLength(200);
        b.Property(x => x.SignerName).HasMaxLength(200);
        b.Property(x => x.SignerTitle).HasMaxLength(200);
        PersonalIdNumberColumn.Configure(b.Property(x => x.HolderPersonalIdNumber));
        b.Ignore(x => x.ConvictionsStatement);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.ApplicationId);
        b.HasIndex(x => x.HolderPersonalIdNumber);
        b.HasOne<JudicialRecordCertificateApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JudicialRecord>().WithMany().HasForeignKey(x => x.JudicialRecordId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Convictions).WithOne().HasForeignKey("CertificateId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Convictions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.ManagementPostBans).WithOne().HasForeignKey("CertificateId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.ManagementPostBans).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CertificateConvictionEntryConfiguration : IEntityTypeConfiguration<CertificateConvictionEntry>
{
    public void Configure(EntityTypeBuilder<CertificateConvictionEntry> b)
    {
        b.Property(x => x.CourtName).HasMaxLength(300);
        b.Property(x => x.JudgmentNumber).HasMaxLength(50);
    }
}

internal sealed class CertificateBanEntryConfiguration : IEntityTypeConfiguration<CertificateBanEntry>
{
    public void Configure(EntityTypeBuilder<CertificateBanEntry> b)
    {
        b.Property(x => x.CourtName).HasMaxLength(300);
        b.Property(x => x.DecisionNumber).HasMaxLength(50);
        b.Property(x => x.EnterpriseName).HasMaxLength(300);
    }
}
