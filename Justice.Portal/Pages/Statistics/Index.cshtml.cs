using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Statistics;

/// <summary>/thong-ke: public civil-status figures by province, as SVG bar charts with their tables (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Series? Births, Series? Marriages, Series? Deaths);
    public sealed record Series(string Indicator, string Title, string UnitOfMeasure, string FormCode, IReadOnlyList<Point> Points, IReadOnlyList<Total> Totals);
    public sealed record Point(Period Period, Province? Province, long Value);
    public sealed record Total(Period Period, long Value, int ProvincesIncluded, int ProvincesMissing);
    public sealed record Period(string Id, string Label, int Year, string Kind, DateOnly CoversTo);
    public sealed record Province(string Name, string Code);
    public sealed record Chart(string Id, Series Series, Period Period, IReadOnlyList<SvgBarChart.Bar> Bars, Total? Total);

    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    public IReadOnlyList<Chart> Charts { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        Year = Year is >= 2000 and <= 2100 ? Year : null;
        var result = await operations.QueryAsync<Data>(HttpContext, "Statistics/Index", new { year = Year });
        if (!result.Succeeded) { Problem = result.Message(PortalLanguage.IsEnglish(HttpContext)); return; }
        var all = new[] { result.Data!.Births, result.Data.Marriages, result.Data.Deaths }.OfType<Series>().ToList();
        Charts = all.Select(Build).OfType<Chart>().ToList();
        Years = all.SelectMany(s => s.Totals).Select(t => t.Period.Year).Distinct().OrderDescending().ToList();
    }

    /// <summary>The year's best period: the official annual one, else the latest.</summary>
    private static Chart? Build(Series series)
    {
        // The period most provinces have reported for; then the official annual one; then the latest.
        var period = series.Points.GroupBy(p => p.Period.Id).Select(g => (g.First().Period, Count: g.Count()))
            .OrderByDescending(p => p.Count).ThenByDescending(p => p.Period.Kind == "ANNUAL_OFFICIAL").ThenByDescending(p => p.Period.CoversTo)
            .Select(p => p.Period).FirstOrDefault();
        if (period is null) return null;
        var bars = series.Points.Where(p => p.Period.Id == period.Id)
            .OrderByDescending(p => p.Value).Select(p => new SvgBarChart.Bar(p.Province?.Name ?? "–", p.Value)).ToList();
        return new Chart("chart-" + PortalFormat.Slug(series.Indicator), series, period, bars, series.Totals.FirstOrDefault(t => t.Period.Id == period.Id));
    }
}
