namespace Justice.Domain.Statistics;

/// <summary>The sums a unit receives from the units directly below it, and which of them have not been approved yet.</summary>
public sealed record AggregatedFigures(
    IReadOnlyDictionary<(string Row, string Column), long> Values,
    IReadOnlyList<Guid> IncludedUnitIds,
    IReadOnlyList<Guid> MissingUnitIds)
{
    public long this[string row, string column] => Values.GetValueOrDefault((row, column));
}

/// <summary>
/// Tổng hợp số liệu: each level sums the approved reports of the units directly below it. Only the direct
/// level counts: a province adds its communes' (or districts') reports, never both, so nothing is counted twice.
/// </summary>
public static class StatisticalAggregation
{
    public static AggregatedFigures SumApprovedBelow(Guid unitId, Guid formId, Guid periodId,
        IEnumerable<ReportingUnit> units, IEnumerable<StatisticalReport> reports)
    {
        var below = units.Where(u => u.ReportsToId == unitId).Select(u => u.Id).ToHashSet();
        var approved = reports
            .Where(r => r.Status == StatisticalReportStatus.Approved && r.FormId == formId && r.PeriodId == periodId
                        && below.Contains(r.ReportingUnitId))
            .ToList();

        var sums = new Dictionary<(string Row, string Column), long>();
        foreach (var value in approved.SelectMany(r => r.Values))
            sums[(value.RowCode, value.ColumnCode)] = checked(sums.GetValueOrDefault((value.RowCode, value.ColumnCode)) + value.Value);

        var included = approved.Select(r => r.ReportingUnitId).Distinct().OrderBy(id => id).ToList();
        var missing = below.Except(included).OrderBy(id => id).ToList();
        return new AggregatedFigures(sums, included, missing);
    }
}
