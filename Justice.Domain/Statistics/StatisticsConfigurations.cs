using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Statistics;

internal sealed class ReportingUnitConfiguration : IEntityTypeConfiguration<ReportingUnit>
{
    public void Configure(EntityTypeBuilder<ReportingUnit> b)
    {
        b.HasIndex(x => x.OrganisationId).IsUnique();
        b.HasIndex(x => new { x.ReportsToId, x.Level });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReportingUnit>().WithMany().HasForeignKey(x => x.ReportsToId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsTop);
    }
}

internal sealed class StatisticalFormConfiguration : IEntityTypeConfiguration<StatisticalForm>
{
    public void Configure(EntityTypeBuilder<StatisticalForm> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.LegalBasis).HasMaxLength(200);
        b.Property(x => x.UnitOfMeasure).HasMaxLength(50);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey("StatisticalFormId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Rows);
        b.Ignore(x => x.Columns);
        b.Ignore(x => x.Cells);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        // Made in-process with the parent: EF must insert it, not look for an existing row.
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property<Guid>("StatisticalFormId");
        b.HasIndex("StatisticalFormId", nameof(Indicator.Axis), nameof(Indicator.Code)).IsUnique();
    }
}

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> b)
    {
        b.HasIndex(x => new { x.Year, x.Kind }).IsUnique();
        b.Ignore(x => x.Label);
    }
}

internal sealed class StatisticalReportConfiguration : IEntityTypeConfiguration<StatisticalReport>
{
    public void Configure(EntityTypeBuilder<StatisticalReport> b)
    {
        b.Property(x => x.ReturnRemarks).HasMaxLength(2000);
        // One report per unit, form and period: a second one would be counted twice when the level above sums up.
        b.HasIndex(x => new { x.ReportingUnitId, x.FormId, x.PeriodId }).IsUnique();
        // The reviewer's inbox and the national roll-up of a form for a period.
        b.HasIndex(x => new { x.RecipientUnitId, x.Status });
        b.HasIndex(x => new { x.PeriodId, x.FormId, x.Status });
        b.HasOne<ReportingUnit>().WithMany().HasForeignKey(x => x.ReportingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReportingUnit>().WithMany().HasForeignKey(x => x.RecipientUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StatisticalForm>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReportingPeriod>().WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Values).WithOne().HasForeignKey("StatisticalReportId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.IsEditable);
    }
}

internal sealed class ReportValueConfiguration : IEntityTypeConfiguration<ReportValue>
{
    public void Configure(EntityTypeBuilder<ReportValue> b)
    {
        b.Property(x => x.RowCode).HasMaxLength(20);
        b.Property(x => x.ColumnCode).HasMaxLength(20);
        b.Property<Guid>("StatisticalReportId");
        b.HasIndex("StatisticalReportId", nameof(ReportValue.RowCode), nameof(ReportValue.ColumnCode)).IsUnique();
    }
}
