using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Auctions;

internal sealed class AuctionOrganisationConfiguration : IEntityTypeConfiguration<AuctionOrganisation>
{
    public void Configure(EntityTypeBuilder<AuctionOrganisation> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.RegistrationNumber).HasMaxLength(50);
        b.HasIndex(x => x.OrganisationId).IsUnique();
        // Registration is issued by each province's Department of Justice, so its numbers repeat across provinces.
        b.HasIndex(x => new { x.ProvinceId, x.RegistrationNumber }).IsUnique();
        b.HasIndex(x => new { x.ProvinceId, x.Kind, x.Name });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuctioneerConfiguration : IEntityTypeConfiguration<Auctioneer>
{
    public void Configure(EntityTypeBuilder<Auctioneer> b)
    {
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.PracticeCertificateNumber).HasMaxLength(50);
        b.HasIndex(x => x.PracticeCertificateNumber).IsUnique();
        b.HasIndex(x => x.AuctionOrganisationId);
        b.HasOne<AuctionOrganisation>().WithMany().HasForeignKey(x => x.AuctionOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssetOwnerConfiguration : IEntityTypeConfiguration<AssetOwner>
{
    public void Configure(EntityTypeBuilder<AssetOwner> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasIndex(x => x.OrganisationId);
        b.HasIndex(x => new { x.Kind, x.ProvinceId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuctionOrganisationSelectionNoticeConfiguration : IEntityTypeConfiguration<AuctionOrganisationSelectionNotice>
{
    public void Configure(EntityTypeBuilder<AuctionOrganisationSelectionNotice> b)
    {
        b.Property(x => x.AssetDescription).HasColumnType("text");
        b.Property(x => x.SelectionCriteria).HasColumnType("text");
        b.HasIndex(x => x.AssetOwnerId);
        b.HasIndex(x => x.SubmissionDeadline);
        b.HasIndex(x => new { x.ProvinceId, x.PublishedAt });
        b.HasOne<AssetOwner>().WithMany().HasForeignKey(x => x.AssetOwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AuctionOrganisation>().WithMany().HasForeignKey(x => x.SelectedAuctionOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicAuctionNoticeConfiguration : IEntityTypeConfiguration<PublicAuctionNotice>
{
    public void Configure(EntityTypeBuilder<PublicAuctionNotice> b)
    {
        b.Property(x => x.AssetDescription).HasColumnType("text");
        b.Property(x => x.PostponementReason).HasMaxLength(2000);
        b.Property(x => x.CancellationReason).HasMaxLength(2000);
        b.OwnsOne(x => x.Result, r =>
        {
            r.Property(x => x.Outcome).HasColumnName("ResultOutcome");
            r.Property(x => x.WinningPrice).HasColumnName("ResultWinningPrice");
            r.Property(x => x.NotSoldReason).HasColumnName("ResultNotSoldReason").HasMaxLength(2000);
            r.Property(x => x.RecordedAt).HasColumnName("ResultRecordedAt");
        });
        // The portal lists upcoming auctions by province, status and date, and filters by asset type.
        b.HasIndex(x => new { x.Status, x.AuctionAt });
        b.HasIndex(x => new { x.ProvinceId, x.Status, x.AuctionAt });
        b.HasIndex(x => new { x.AssetType, x.AuctionAt });
        b.HasIndex(x => x.AuctionOrganisationId);
        b.HasIndex(x => x.AssetOwnerId);
        b.HasIndex(x => x.SelectionNoticeId);
        b.HasOne<AuctionOrganisation>().WithMany().HasForeignKey(x => x.AuctionOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssetOwner>().WithMany().HasForeignKey(x => x.AssetOwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AuctionOrganisationSelectionNotice>().WithMany().HasForeignKey(x => x.SelectionNoticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}
