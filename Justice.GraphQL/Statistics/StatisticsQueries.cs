using GraphQL;
using GraphQL.Types;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Statistics;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Statistics;

/// <summary>The filters of the <c>statisticalReports</c> list; all optional, combined with AND.</summary>
public sealed record StatisticalReportFilter
{
    [Id] public string? PeriodId { get; init; }
    [Id] public string? FormId { get; init; }
    /// <summary>The unit that made the reports.</summary>
    [Id] public string? UnitId { get; init; }
    /// <summary>The unit the reports were sent to (its inbox).</summary>
    [Id] public string? RecipientUnitId { get; init; }
    public StatisticalReportStatus? Status { get; init; }

    public IQueryable<StatisticalReport> Apply(IQueryable<StatisticalReport> reports)
    {
        if (PeriodId is not null) { var id = GlobalId.Decode(PeriodId, "ReportingPeriod"); reports = reports.Where(r => r.PeriodId == id); }
        if (FormId is not null) { var id = GlobalId.Decode(FormId, "StatisticalForm"); reports = reports.Where(r => r.FormId == id); }
        if (UnitId is not null) { var id = GlobalId.Decode(UnitId, "ReportingUnit"); reports = reports.Where(r => r.ReportingUnitId == id); }
        if (RecipientUnitId is not null) { var id = GlobalId.Decode(RecipientUnitId, "ReportingUnit"); reports = reports.Where(r => r.RecipientUnitId == id); }
        if (Status is { } status) reports = reports.Where(r => r.Status == status);
        return reports;
    }
}

public sealed class StatisticalReportFilterInputType : AutoRegisteringInputObjectGraphType<StatisticalReportFilter>
{
    public StatisticalReportFilterInputType() { Name = "StatisticalReportFilter"; Description = "Lọc báo cáo theo kỳ, biểu mẫu, đơn vị lập, đơn vị nhận, trạng thái."; }
}

public enum StatisticalReportOrderField { CreatedAt, SubmittedAt, ReviewedAt, Status }

public sealed class StatisticalReportOrderInputType : OrderInputType<StatisticalReportOrderField>;

/// <summary>
/// Who sees which statistics: public indicators for everyone; forms, periods, units and reports with
/// <c>statistics.read</c>, and a caller bound to an administrative unit only the reporting units there
/// (a province's reporters see the province's own unit and its communes').
/// </summary>
internal static class StatisticsAccess
{
    public static async Task<IReadOnlyList<Guid>?> CoveredAsync(IResolveFieldContext c)
    {
        var caller = c.RequireScope(JusticeScopes.StatisticsRead);
        var covered = await c.Service<Jurisdictions>().CoveredByAsync(caller, c.Db(), c.CancellationToken);
        return covered?.ToList();
    }

    public static IQueryable<ReportingUnit> UnitsIn(IResolveFieldContext c, IReadOnlyList<Guid>? covered)
    {
        var units = c.Db().Set<ReportingUnit>().AsNoTracking();
        if (covered is null) return units;
        var organisations = c.Db().Set<Organisation>()
            .Where(o => o.AdministrativeUnitId != null && covered.Contains(o.AdministrativeUnitId.Value)).Select(o => o.Id);
        return units.Where(u => organisations.Contains(u.OrganisationId));
    }

    public static async Task<IQueryable<StatisticalReport>> VisibleReportsAsync(IResolveFieldContext c)
    {
        var covered = await CoveredAsync(c);
        var reports = c.Db().Set<StatisticalReport>().AsNoTracking();
        if (covered is null) return reports;
        var units = UnitsIn(c, covered).Select(u => u.Id);
        return reports.Where(r => units.Contains(r.ReportingUnitId));
    }

    /// <summary>A report the caller may see, null when it does not exist; OUTSIDE_JURISDICTION when it exists elsewhere.</summary>
    public static async Task<StatisticalReport?> ReportAsync(IResolveFieldContext c, Guid id)
    {
        var report = await (await VisibleReportsAsync(c)).FirstOrDefaultAsync(r => r.Id == id, c.CancellationToken);
        if (report is null && await c.Db().Set<StatisticalReport>().AnyAsync(r => r.Id == id, c.CancellationToken))
            throw ResolveContextAccess.OutsideJurisdiction();
        return report;
    }

    public static async Task<ReportingUnit?> UnitAsync(IResolveFieldContext c, Guid id)
    {
        var unit = await UnitsIn(c, await CoveredAsync(c)).FirstOrDefaultAsync(u => u.Id == id, c.CancellationToken);
        if (unit is null && await c.Db().Set<ReportingUnit>().AnyAsync(u => u.Id == id, c.CancellationToken))
            throw ResolveContextAccess.OutsideJurisdiction();
        return unit;
    }
}

/// <summary>The sector's statistics (thống kê ngành Tư pháp): public indicators, forms, periods, reports and aggregates.</summary>
public sealed class StatisticsQueries : IQueryFields
{
    /// <summary>Which cells of which form make each public indicator: rows summed in the total column.</summary>
    internal static readonly IReadOnlyDictionary<PublicStatisticsIndicator, (string FormCode, string[] Rows, string Column)> PublicIndicators =
        new Dictionary<PublicStatisticsIndicator, (string, string[], string)>
        {
            // Registrations on time and late; re-registrations (row 3) are not new events.
            [PublicStatisticsIndicator.Births] = ("01a/BTP/HT", ["1", "2"], "1"),
            [PublicStatisticsIndicator.Marriages] = ("02a/BTP/HT", ["1", "2"], "1"),
            [PublicStatisticsIndicator.Deaths] = ("03a/BTP/HT", ["1", "2"], "1"),
        };

    private static readonly OrderMap<StatisticalReport, StatisticalReportOrderField> Orders = new OrderMap<StatisticalReport, StatisticalReportOrderField>()
        .Add(StatisticalReportOrderField.CreatedAt, r => r.CreatedAt)
        .Add(StatisticalReportOrderField.SubmittedAt, r => r.SubmittedAt)
        .Add(StatisticalReportOrderField.ReviewedAt, r => r.ReviewedAt)
        .Add(StatisticalReportOrderField.Status, r => r.Status);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<StatisticsSeriesGraphType>("statisticsSeries")
            .Description("Số liệu công khai (khai sinh, kết hôn, khai tử) theo tỉnh và kỳ, từ các báo cáo đã được phê duyệt; kèm tổng toàn quốc.")
            .Argument<NonNullGraphType<EnumerationGraphType<PublicStatisticsIndicator>>>("indicator")
            .Argument<IntGraphType>("year", "Chỉ các kỳ của năm này.")
            .Argument<IdGraphType>("provinceId", "Chỉ số liệu của tỉnh này (đơn vị hành chính).")
            .ResolveAsync(async c => await SeriesAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticalFormGraphType>>>>("statisticalForms")
            .Description("Các biểu mẫu thống kê (cần quyền statistics.read).")
            .ResolveAsync(async c =>
            {
                c.RequireScope(JusticeScopes.StatisticsRead);
                return await c.Db().Set<StatisticalForm>().AsNoTracking().OrderBy(f => f.Code).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingPeriodGraphType>>>>("reportingPeriods")
            .Description("Các kỳ báo cáo, mới trước (cần quyền statistics.read).")
            .Argument<IntGraphType>("year")
            .ResolveAsync(async c =>
            {
                c.RequireScope(JusticeScopes.StatisticsRead);
                var periods = c.Db().Set<ReportingPeriod>().AsNoTracking();
                if (c.GetArgument<int?>("year") is { } year) periods = periods.Where(p => p.Year == year);
                return await periods.OrderByDescending(p => p.Year).ThenByDescending(p => p.Kind).ToListAsync(c.CancellationToken);
            });

        query.Field<StatisticalReportGraphType>("statisticalReport")
            .Description("Một báo cáo thống kê (cần quyền statistics.read, trong phạm vi quản lý).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await StatisticsAccess.ReportAsync(c, GlobalId.Decode(c.GetArgument<string>("id"), "StatisticalReport")));

        query.Connection<StatisticalReportGraphType>("statisticalReports")
            .Description("Báo cáo thống kê theo kỳ, biểu mẫu, đơn vị, trạng thái (cần quyền statistics.read, trong phạm vi quản lý; mặc định mới lập trước).")
            .Argument<StatisticalReportFilterInputType>("filter")
            .Argument<StatisticalReportOrderInputType>("order")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<StatisticalReportFilter?>("filter") ?? new StatisticalReportFilter();
                var reports = filter.Apply(await StatisticsAccess.VisibleReportsAsync(c));
                var ordered = Orders.Apply(reports, c.GetArgument<Order<StatisticalReportOrderField>?>("order"),
                    new Order<StatisticalReportOrderField>(StatisticalReportOrderField.CreatedAt, SortDirection.Desc));
                return await ordered.ToConnectionAsync(c);
            });

        query.Field<StatisticalAggregateGraphType>("statisticalAggregate")
            .Description("Số liệu tổng hợp của một đơn vị báo cáo cho một biểu mẫu và một kỳ (cần quyền statistics.read, trong phạm vi quản lý).")
            .Argument<NonNullGraphType<IdGraphType>>("unitId")
            .Argument<NonNullGraphType<IdGraphType>>("formId")
            .Argument<NonNullGraphType<IdGraphType>>("periodId")
            .ResolveAsync(async c => await AggregateAsync(c));
    }

    private static async Task<StatisticalAggregate?> AggregateAsync(IResolveFieldContext c)
    {
        var unit = await StatisticsAccess.UnitAsync(c, GlobalId.Decode(c.GetArgument<string>("unitId"), "ReportingUnit"));
        var formId = GlobalId.Decode(c.GetArgument<string>("formId"), "StatisticalForm");
        var periodId = GlobalId.Decode(c.GetArgument<string>("periodId"), "ReportingPeriod");
        var db = c.Db();
        var form = await db.Set<StatisticalForm>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == formId, c.CancellationToken);
        var period = await db.Set<ReportingPeriod>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, c.CancellationToken);
        if (unit is null || form is null || period is null) return null;
        var below = await db.Set<ReportingUnit>().AsNoTracking().Where(u => u.ReportsToId == unit.Id).ToListAsync(c.CancellationToken);
        var reports = await db.Set<StatisticalReport>().AsNoTracking().Include(r => r.Values)
            .Where(r => r.RecipientUnitId == unit.Id && r.FormId == formId && r.PeriodId == periodId && r.Status == StatisticalReportStatus.Approved)
            .ToListAsync(c.CancellationToken);
        var figures = StatisticalAggregation.SumApprovedBelow(unit.Id, formId, periodId, below, reports);
        var byId = below.ToDictionary(u => u.Id);
        return new StatisticalAggregate(unit, form, period, figures,
            figures.IncludedUnitIds.Select(id => byId[id]).ToList(), figures.MissingUnitIds.Select(id => byId[id]).ToList());
    }

    private static async Task<StatisticsSeries?> SeriesAsync(IResolveFieldContext c)
    {
        var indicator = c.GetArgument<PublicStatisticsIndicator>("indicator");
        var (formCode, rows, column) = PublicIndicators[indicator];
        Guid? provinceId = c.GetArgument<string?>("provinceId") is { } p ? GlobalId.Decode(p, "AdministrativeUnit") : null;
        var db = c.Db();
        var form = await db.Set<StatisticalForm>().AsNoTracking().FirstOrDefaultAsync(f => f.Code == formCode, c.CancellationToken);
        var top = await db.Set<ReportingUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.ReportsToId == null, c.CancellationToken);
        if (form is null || top is null) return null;

        var periodQuery = db.Set<ReportingPeriod>().AsNoTracking();
        if (c.GetArgument<int?>("year") is { } year) periodQuery = periodQuery.Where(x => x.Year == year);
        var periods = await periodQuery.OrderBy(x => x.Year).ThenBy(x => x.Kind).ToListAsync(c.CancellationToken);
        var provinces = await (from u in db.Set<ReportingUnit>().AsNoTracking()
                               join o in db.Set<Organisation>() on u.OrganisationId equals o.Id
                               where u.ReportsToId == top.Id && u.Level == ReportingLevel.Province
                               select new { Unit = u, OrganisationId = o.Id, ProvinceId = o.AdministrativeUnitId }).ToListAsync(c.CancellationToken);
        var periodIds = periods.Select(x => x.Id).ToList();
        var reports = await db.Set<StatisticalReport>().AsNoTracking().Include(r => r.Values)
            .Where(r => r.RecipientUnitId == top.Id && r.FormId == form.Id && r.Status == StatisticalReportStatus.Approved && periodIds.Contains(r.PeriodId))
            .ToListAsync(c.CancellationToken);

        long Sum(Func<string, string, long> cell) => rows.Sum(row => cell(row, column));
        var provinceByUnit = provinces.ToDictionary(x => x.Unit.Id);
        var periodById = periods.ToDictionary(x => x.Id);
        var points = reports.Where(r => provinceByUnit.ContainsKey(r.ReportingUnitId))
            .Select(r => (Report: r, Province: provinceByUnit[r.ReportingUnitId]))
            .Where(x => provinceId is null || x.Province.ProvinceId == provinceId)
            .Select(x => new StatisticsSeriesPoint(periodById[x.Report.PeriodId], x.Province.OrganisationId, x.Province.ProvinceId, Sum(x.Report.ValueOf)))
            .OrderBy(x => x.Period.Year).ThenBy(x => x.Period.Kind).ThenBy(x => x.OrganisationId)
            .ToList();
        var units = provinces.Select(x => x.Unit).ToList();
        var totals = periods.Select(period =>
        {
            var figures = StatisticalAggregation.SumApprovedBelow(top.Id, form.Id, period.Id, units, reports);
            return new StatisticsSeriesTotal(period, Sum((row, col) => figures[row, col]), figures.IncludedUnitIds.Count, figures.MissingUnitIds.Count);
        }).ToList();
        return new StatisticsSeries(indicator, form, points, totals);
    }
}

public sealed class StatisticalFormNodeResolver : INodeResolver
{
    public string TypeName => "StatisticalForm";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        context.RequireScope(JusticeScopes.StatisticsRead);
        return await context.Db().Set<StatisticalForm>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, context.CancellationToken);
    }
}

public sealed class ReportingPeriodNodeResolver : INodeResolver
{
    public string TypeName => "ReportingPeriod";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        context.RequireScope(JusticeScopes.StatisticsRead);
        return await context.Db().Set<ReportingPeriod>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken);
    }
}

public sealed class ReportingUnitNodeResolver : INodeResolver
{
    public string TypeName => "ReportingUnit";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) => await StatisticsAccess.UnitAsync(context, id);
}

public sealed class StatisticalReportNodeResolver : INodeResolver
{
    public string TypeName => "StatisticalReport";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) => await StatisticsAccess.ReportAsync(context, id);
}
