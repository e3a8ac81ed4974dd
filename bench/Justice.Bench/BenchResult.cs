using System.Text.Json;
using System.Text.Json.Serialization;

namespace Justice.Bench;

/// <summary>One line of the harness output. <c>ratio</c> = value / baseline when a baseline was measured in the same run.</summary>
public sealed record BenchResult(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("baseline")] double? Baseline = null,
    [property: JsonPropertyName("ratio")] double? Ratio = null)
{
    public static BenchResult Compared(string scenario, string metric, double value, string unit, double baseline) =>
        new(scenario, metric, Math.Round(value, 1), unit, Math.Round(baseline, 1), Math.Round(value / baseline, 3));

    public void Print() => Console.WriteLine(JsonSerializer.Serialize(this, Json));

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
}
