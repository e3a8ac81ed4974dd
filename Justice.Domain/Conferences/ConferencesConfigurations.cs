using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Conferences;

internal sealed class ConferenceEndpointConfiguration : IEntityTypeConfiguration<ConferenceEndpoint>
{
    public void Configure(EntityTypeBuilder<ConferenceEndpoint> b)
    {
        b.Property(x => x.Code).HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.ContactName).HasMaxLength(200);
        b.Property(x => x.ContactPhone).HasMaxLength(30);
        b.Property(x => x.ContactEmail).HasMaxLength(254);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.ProvinceId);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Chair).HasMaxLength(200);
        b.Property(x => x.Agenda).HasColumnType("text");
        b.Property(x => x.CancellationReason).HasMaxLength(1000);
        b.HasIndex(x => new { x.Start, x.End });
        b.HasIndex(x => new { x.HostEndpointId, x.Start });
        b.HasOne<ConferenceEndpoint>().WithMany().HasForeignKey(x => x.HostEndpointId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Participations).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Participations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey("MeetingId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.EndpointIds);
        b.Ignore(x => x.EndpointCount);
    }
}

internal sealed class MeetingParticipationConfiguration : IEntityTypeConfiguration<MeetingParticipation>
{
    public void Configure(EntityTypeBuilder<MeetingParticipation> b)
    {
        // Made in-process with the meeting: EF must insert it, not look for an existing row.
        b.HasIndex(x => new { x.MeetingId, x.EndpointId }).IsUnique();
        // The double-booking lookup: an endpoint's holds around a time.
        b.HasIndex(x => new { x.EndpointId, x.Start, x.End });
        b.HasOne<ConferenceEndpoint>().WithMany().HasForeignKey(x => x.EndpointId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingAttachmentConfiguration : IEntityTypeConfiguration<MeetingAttachment>
{
    public void Configure(EntityTypeBuilder<MeetingAttachment> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Url).HasMaxLength(1000);
    }
}

internal sealed class ConferenceChangeConfiguration : IEntityTypeConfiguration<ConferenceChange>
{
    public void Configure(EntityTypeBuilder<ConferenceChange> b)
    {
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).ValueGeneratedOnAdd();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.EndpointIds).HasColumnType("text");
        b.HasIndex(x => new { x.Day, x.Sequence });
        b.Ignore(x => x.Endpoints);
    }
}
