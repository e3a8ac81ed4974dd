using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Justice.Domain.Statistics;
using Justice.GraphQL.Access;
using Justice.GraphQL.AdministrativeUnits;
using Justice.GraphQL.Common;
using Justice.GraphQL.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Statistics;

public sealed class StatisticalFormGraphType : NodeType<StatisticalForm>
{
    public StatisticalFormGraphType() : base("StatisticalForm", "Biểu mẫu thống kê ngành Tư pháp (Thông tư 03/2019/TT-BTP), ví dụ 01a/BTP/HT.")
    {
        Field(f => f.Code).Description("Số hiệu biểu mẫu.");
        Field(f => f.Title).Description("Tên biểu mẫu.");
        Field(f => f.LegalBasis).Description("Căn cứ ban hành.");
        Field(f => f.UnitOfMeasure).Description("Đơn vị tính.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorGraphType>>>>("rows").Description("Chỉ tiêu theo dòng.")
            .Resolve(c => StatisticsLoaders.Indicators(c, c.Source.Id).Then(all => all.Where(i => i.Axis == IndicatorAxis.Row).OrderBy(i => i.Position).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorGraphType>>>>("columns").Description("Chỉ tiêu theo cột.")
            .Resolve(c => StatisticsLoaders.Indicators(c, c.Source.Id).Then(all => all.Where(i => i.Axis == IndicatorAxis.Column).OrderBy(i => i.Position).ToList()));
    }
}

public sealed class IndicatorGraphType : ObjectGraphType<Indicator>
{
    public IndicatorGraphType()
    {
        Name = "StatisticalIndicator";
        Description = "Chỉ tiêu: một dòng hoặc một cột của biểu mẫu.";
        Field(i => i.Code).Description("Mã chỉ tiêu.");
        Field(i => i.Name).Description("Tên chỉ tiêu.");
        Field(i => i.Position).Description("Thứ tự trên biểu.");
    }
}

public sealed class ReportingPeriodGraphType : NodeType<ReportingPeriod>
{
    public ReportingPeriodGraphType() : base("ReportingPeriod", "Kỳ báo cáo thống kê: 6 tháng, năm lần 1, năm chính thức.")
    {
        Field<NonNullGraphType<EnumerationGraphType<ReportingPeriodKind>>>("kind").Resolve(c => c.Source.Kind).Description("Loại kỳ báo cáo.");
        Field(p => p.Year).Description("Năm báo cáo.");
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label).Description("Tên kỳ, ví dụ \"6 tháng năm 2026\".");
        Field<NonNullGraphType<DateScalar>>("coversFrom").Resolve(c => c.Source.CoversFrom).Description("Ngày bắt đầu kỳ.");
        Field<NonNullGraphType<DateScalar>>("coversTo").Resolve(c => c.Source.CoversTo).Description("Ngày kết thúc kỳ.");
        Field<NonNullGraphType<DateScalar>>("actualDataUntil").Resolve(c => c.Source.ActualDataUntil).Description("Ngày chốt số liệu thực tế.");
        Field<NonNullGraphType<DateScalar>>("dueDate").Resolve(c => c.Source.DueDate).Description("Hạn gửi báo cáo.");
    }
}

public sealed class ReportingUnitGraphType : NodeType<ReportingUnit>
{
    public ReportingUnitGraphType() : base("ReportingUnit", "Đơn vị báo cáo thống kê và đơn vị nhận báo cáo của nó.")
    {
        Field<NonNullGraphType<EnumerationGraphType<ReportingLevel>>>("level").Resolve(c => c.Source.Level).Description("Cấp báo cáo.");
        Field<NonNullGraphType<OrganisationGraphType>>("organisation").Resolve(c => c.LoadById<Organisation>(c.Source.OrganisationId)).Description("Cơ quan lập báo cáo.");
        Field<ReportingUnitGraphType>("reportsTo").Description("Đơn vị nhận báo cáo; trống với Vụ Kế hoạch – Tài chính.")
            .Resolve(c => c.Source.ReportsToId is { } id ? c.LoadById<ReportingUnit>(id) : null);
    }
}

public sealed class StatisticalReportGraphType : NodeType<StatisticalReport>
{
    public StatisticalReportGraphType() : base("StatisticalReport", "Báo cáo thống kê của một đơn vị theo một biểu mẫu và một kỳ.")
    {
        Field<NonNullGraphType<EnumerationGraphType<StatisticalReportStatus>>>("status").Resolve(c => c.Source.Status).Description("Trạng thái báo cáo.");
        Field(r => r.Version).Description("Phiên bản, dùng cho expectedVersion.");
        Field<NonNullGraphType<ReportingUnitGraphType>>("reportingUnit").Resolve(c => c.LoadById<ReportingUnit>(c.Source.ReportingUnitId)).Description("Đơn vị lập báo cáo.");
        Field<NonNullGraphType<ReportingUnitGraphType>>("recipientUnit").Resolve(c => c.LoadById<ReportingUnit>(c.Source.RecipientUnitId)).Description("Đơn vị nhận, trả lại hoặc phê duyệt.");
        Field<NonNullGraphType<StatisticalFormGraphType>>("form").Resolve(c => c.LoadById<StatisticalForm>(c.Source.FormId)).Description("Biểu mẫu.");
        Field<NonNullGraphType<ReportingPeriodGraphType>>("period").Resolve(c => c.LoadById<ReportingPeriod>(c.Source.PeriodId)).Description("Kỳ báo cáo.");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt).Description("Thời điểm lập (UTC).");
        Field<DateTimeGraphType>("submittedAt").Resolve(c => c.Source.SubmittedAt).Description("Thời điểm gửi gần nhất (UTC).");
        Field<DateTimeGraphType>("reviewedAt").Resolve(c => c.Source.ReviewedAt).Description("Thời điểm trả lại hoặc phê duyệt (UTC).");
        Field(r => r.ReturnRemarks, nullable: true).Description("Lý do trả lại gần nhất.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticalValueGraphType>>>>("values").Description("Số liệu theo ô (dòng × cột).")
            .Resolve(c => StatisticsLoaders.Values(c, c.Source.Id)
                .Then(values => values.Select(v => new StatisticalValue(v.RowCode, v.ColumnCode, v.Value)).ToList()));
    }
}

/// <summary>One cell of a form: a row indicator crossed with a column indicator, and its figure.</summary>
public sealed record StatisticalValue(string RowCode, string ColumnCode, long Value);

public sealed class StatisticalValueGraphType : ObjectGraphType<StatisticalValue>
{
    public StatisticalValueGraphType()
    {
        Name = "StatisticalValue";
        Description = "Số liệu của một ô: mã dòng, mã cột và giá trị.";
        Field(v => v.RowCode).Description("Mã chỉ tiêu dòng.");
        Field(v => v.ColumnCode).Description("Mã chỉ tiêu cột.");
        Field<NonNullGraphType<LongGraphType>>("value").Resolve(c => c.Source.Value).Description("Giá trị.");
    }
}

/// <summary>The sums a unit receives from the units directly below it (<see cref="StatisticalAggregation"/>).</summary>
public sealed record StatisticalAggregate(ReportingUnit Unit, StatisticalForm Form, ReportingPeriod Period, AggregatedFigures Figures,
    IReadOnlyList<ReportingUnit> IncludedUnits, IReadOnlyList<ReportingUnit> MissingUnits);

public sealed class StatisticalAggregateGraphType : ObjectGraphType<StatisticalAggregate>
{
    public StatisticalAggregateGraphType()
    {
        Name = "StatisticalAggregate";
        Description = "Số liệu tổng hợp của một đơn vị: cộng các báo cáo đã duyệt của các đơn vị trực tiếp cấp dưới.";
        Field<NonNullGraphType<ReportingUnitGraphType>>("unit").Resolve(c => c.Source.Unit).Description("Đơn vị tổng hợp.");
        Field<NonNullGraphType<StatisticalFormGraphType>>("form").Resolve(c => c.Source.Form).Description("Biểu mẫu.");
        Field<NonNullGraphType<ReportingPeriodGraphType>>("period").Resolve(c => c.Source.Period).Description("Kỳ báo cáo.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticalValueGraphType>>>>("values").Description("Tổng theo ô.")
            .Resolve(c => c.Source.Figures.Values.OrderBy(v => v.Key.Row, StringComparer.Ordinal).ThenBy(v => v.Key.Column, StringComparer.Ordinal)
                .Select(v => new StatisticalValue(v.Key.Row, v.Key.Column, v.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingUnitGraphType>>>>("includedUnits").Description("Đơn vị cấp dưới đã có báo cáo được duyệt.")
            .Resolve(c => c.Source.IncludedUnits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingUnitGraphType>>>>("missingUnits").Description("Đơn vị cấp dưới chưa có báo cáo được duyệt.")
            .Resolve(c => c.Source.MissingUnits);
    }
}

/// <summary>A public indicator of the sector: counts everyone may read.</summary>
[System.ComponentModel.Description("Chỉ tiêu thống kê công khai.")]
public enum PublicStatisticsIndicator
{
    [System.ComponentModel.Description("Số trường hợp đăng ký khai sinh (đúng hạn và quá hạn), biểu 01a/BTP/HT.")] Births,
    [System.ComponentModel.Description("Số cặp đăng ký kết hôn (trong nước và có yếu tố nước ngoài), biểu 02a/BTP/HT.")] Marriages,
    [System.ComponentModel.Description("Số trường hợp đăng ký khai tử (đúng hạn và quá hạn), biểu 03a/BTP/HT.")] Deaths,
}

public sealed record StatisticsSeries(PublicStatisticsIndicator Indicator, StatisticalForm Form, IReadOnlyList<StatisticsSeriesPoint> Points,
    IReadOnlyList<StatisticsSeriesTotal> Totals);
public sealed record StatisticsSeriesPoint(ReportingPeriod Period, Guid OrganisationId, Guid? ProvinceId, long Value);
public sealed record StatisticsSeriesTotal(ReportingPeriod Period, long Value, int ProvincesIncluded, int ProvincesMissing);

public sealed class StatisticsSeriesGraphType : ObjectGraphType<StatisticsSeries>
{
    public StatisticsSeriesGraphType()
    {
        Name = "StatisticsSeries";
        Description = "Chuỗi số liệu công khai của một chỉ tiêu theo tỉnh và kỳ, từ các báo cáo đã được phê duyệt.";
        Field<NonNullGraphType<EnumerationGraphType<PublicStatisticsIndicator>>>("indicator").Resolve(c => c.Source.Indicator).Description("Chỉ tiêu.");
        Field<NonNullGraphType<StringGraphType>>("formCode").Resolve(c => c.Source.Form.Code).Description("Biểu mẫu nguồn số liệu.");
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Form.Title).Description("Tên chỉ tiêu.");
        Field<NonNullGraphType<StringGraphType>>("unitOfMeasure").Resolve(c => c.Source.Form.UnitOfMeasure).Description("Đơn vị tính.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsSeriesPointGraphType>>>>("points").Resolve(c => c.Source.Points).Description("Số liệu theo tỉnh và kỳ.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsSeriesTotalGraphType>>>>("totals").Resolve(c => c.Source.Totals).Description("Tổng toàn quốc theo kỳ.");
    }
}

public sealed class StatisticsSeriesPointGraphType : ObjectGraphType<StatisticsSeriesPoint>
{
    public StatisticsSeriesPointGraphType()
    {
        Name = "StatisticsSeriesPoint";
        Description = "Số liệu của một tỉnh trong một kỳ.";
        Field<NonNullGraphType<ReportingPeriodGraphType>>("period").Resolve(c => c.Source.Period).Description("Kỳ báo cáo.");
        Field<AdministrativeUnitGraphType>("province").Resolve(c => c.Source.ProvinceId is { } id ? c.LoadById<AdministrativeUnit>(id) : null).Description("Tỉnh.");
        Field<NonNullGraphType<OrganisationGraphType>>("reportedBy").Resolve(c => c.LoadById<Organisation>(c.Source.OrganisationId)).Description("Cơ quan báo cáo (Sở Tư pháp).");
        Field<NonNullGraphType<LongGraphType>>("value").Resolve(c => c.Source.Value).Description("Giá trị.");
    }
}

public sealed class StatisticsSeriesTotalGraphType : ObjectGraphType<StatisticsSeriesTotal>
{
    public StatisticsSeriesTotalGraphType()
    {
        Name = "StatisticsSeriesTotal";
        Description = "Tổng toàn quốc của một kỳ và số tỉnh đã có báo cáo được duyệt.";
        Field<NonNullGraphType<ReportingPeriodGraphType>>("period").Resolve(c => c.Source.Period).Description("Kỳ báo cáo.");
        Field<NonNullGraphType<LongGraphType>>("value").Resolve(c => c.Source.Value).Description("Tổng.");
        Field(t => t.ProvincesIncluded).Description("Số tỉnh đã có báo cáo được duyệt.");
        Field(t => t.ProvincesMissing).Description("Số tỉnh chưa có báo cáo được duyệt.");
    }
}

internal static class StatisticsLoaders
{
    public static IDataLoaderResult<IReadOnlyList<Indicator>> Indicators(IResolveFieldContext c, Guid formId) =>
        c.Loader<Guid, IReadOnlyList<Indicator>>("statistics:indicators", async (ids, cancellationToken) =>
        {
            var rows = await c.Db().Set<Indicator>().AsNoTracking()
                .Where(i => ids.Contains(EF.Property<Guid>(i, "StatisticalFormId")))
                .Select(i => new { FormId = EF.Property<Guid>(i, "StatisticalFormId"), Indicator = i }).ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.FormId).ToDictionary(g => g.Key, g => (IReadOnlyList<Indicator>)g.Select(r => r.Indicator).ToList());
        }).Load(formId).Then(list => list ?? (IReadOnlyList<Indicator>)[]);

    public static IDataLoaderResult<IReadOnlyList<ReportValue>> Values(IResolveFieldContext c, Guid reportId) =>
        c.Loader<Guid, IReadOnlyList<ReportValue>>("statistics:values", async (ids, cancellationToken) =>
        {
            var rows = await c.Db().Set<ReportValue>().AsNoTracking()
                .Where(v => ids.Contains(EF.Property<Guid>(v, "StatisticalReportId")))
                .Select(v => new { ReportId = EF.Property<Guid>(v, "StatisticalReportId"), Value = v }).ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.ReportId).ToDictionary(g => g.Key,
                g => (IReadOnlyList<ReportValue>)g.Select(r => r.Value).OrderBy(v => v.RowCode, StringComparer.Ordinal).ThenBy(v => v.ColumnCode, StringComparer.Ordinal).ToList());
        }).Load(reportId).Then(list => list ?? (IReadOnlyList<ReportValue>)[]);
}
