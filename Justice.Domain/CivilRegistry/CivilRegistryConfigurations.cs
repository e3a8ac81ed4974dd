using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.CivilRegistry;

internal static class PersonalIdNumberColumn
{
    public static PropertyBuilder<PersonalIdNumber?> Configure(PropertyBuilder<PersonalIdNumber?> property) => property
        .HasConversion(v => v!.Value, s => PersonalIdNumber.FromStored(s))
        .HasMaxLength(PersonalIdNumber.Length);
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.PlaceOfBirth).HasMaxLength(300);
        b.Property(x => x.HomeTown).HasMaxLength(300);
        b.Property(x => x.Nationality).HasMaxLength(100);
        PersonalIdNumberColumn.Configure(b.Property(x => x.PersonalIdNumber));
        b.HasIndex(x => x.PersonalIdNumber).IsUnique();
        // Officers search by name and date of birth when the person has no number yet: a day of birth narrows
        // 28 million people to about a thousand, and a date key costs far less to maintain than a name key.
        b.HasIndex(x => x.DateOfBirth);
    }
}

internal sealed class RegisterBookConfiguration : IEntityTypeConfiguration<RegisterBook>
{
    public void Configure(EntityTypeBuilder<RegisterBook> b)
    {
        b.Ignore(x => x.Label);
        // Also the way papers cite a registration ("Số 125, quyển số 01/2024" of a commune): authority, year and
        // book number lead, so a citation finds its books here and the entry through (BookId, EntryNumber).
        b.HasIndex(x => new { x.AuthorityId, x.Year, x.BookNumber, x.EventType }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CivilStatusRegistrationConfiguration : IEntityTypeConfiguration<CivilStatusRegistration>
{
    public void Configure(EntityTypeBuilder<CivilStatusRegistration> b)
    {
        b.Property(x => x.OfficerName).HasMaxLength(200);
        b.Property(x => x.SignerName).HasMaxLength(200);
        b.Property(x => x.SignerTitle).HasMaxLength(200);
        b.Property(x => x.SubjectFullName).HasMaxLength(200);
        b.Property(x => x.EventPlace).HasMaxLength(300);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.RevocationReason).HasMaxLength(1000);
        b.Ignore(x => x.OutboundMessages);

        // The backstop of gap-free numbering (never two entries with one number in a book) and, with the book's
        // own index, the lookup by authority, book and number. Each index here is paid for on every one of
        // 28 million rows, so only the lookups that matter have one.
        b.HasIndex(x => new { x.BookId, x.EntryNumber }).IsUnique();
        b.HasIndex(x => x.SubjectPersonId);

        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegisterBook>().WithMany().HasForeignKey(x => x.BookId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.SubjectPersonId).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(x => x.Participants).WithOne().HasForeignKey("RegistrationId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Amendments).WithOne().HasForeignKey("RegistrationId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Amendments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Extracts).WithOne().HasForeignKey("RegistrationId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Extracts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CivilStatusParticipantConfiguration : IEntityTypeConfiguration<CivilStatusParticipant>
{
    public void Configure(EntityTypeBuilder<CivilStatusParticipant> b)
    {
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CivilStatusAmendmentConfiguration : IEntityTypeConfiguration<CivilStatusAmendment>
{
    public void Configure(EntityTypeBuilder<CivilStatusAmendment> b)
    {
        b.Property(x => x.OldValue).HasMaxLength(2000);
        b.Property(x => x.NewValue).HasMaxLength(2000);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property<Guid>("RegistrationId");
        b.HasIndex("RegistrationId", nameof(CivilStatusAmendment.Sequence)).IsUnique();
        b.HasOne<CivilStatusRegistration>().WithMany().HasForeignKey(x => x.BasisRegistrationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CivilStatusExtractConfiguration : IEntityTypeConfiguration<CivilStatusExtract>
{
    public void Configure(EntityTypeBuilder<CivilStatusExtract> b)
    {
        b.Property(x => x.RequestedBy).HasMaxLength(200);
        b.Property<Guid>("RegistrationId");
        b.HasIndex("RegistrationId", nameof(CivilStatusExtract.Number)).IsUnique();
    }
}

internal sealed class InterconnectionMessageConfiguration : IEntityTypeConfiguration<InterconnectionMessage>
{
    public void Configure(EntityTypeBuilder<InterconnectionMessage> b)
    {
        b.Property(x => x.MessageType).HasMaxLength(100);
        b.Property(x => x.Payload).HasColumnType("text");
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.Property(x => x.ExternalReference).HasMaxLength(100);
        // The delivery worker's queue: what is due for a target.
        b.HasIndex(x => new { x.Target, x.Status, x.CreatedAt });
        b.HasIndex(x => x.RegistrationId);
        b.HasOne<CivilStatusRegistration>().WithMany().HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Restrict);
    }
}
