using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Justice.Portal.Portal;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: no script, readable on a phone, scaled to its width. The
/// chart is an image with a title for screen readers; the page puts the same figures in a table beside it.
/// </summary>
public static class SvgBarChart
{
    public sealed record Bar(string Label, long Value);

    public static IHtmlContent Render(string title, IReadOnlyList<Bar> bars, string id)
    {
        const int labelWidth = 190, barArea = 330, valueWidth = 80, rowHeight = 22, top = 8;
        var width = labelWidth + barArea + valueWidth;
        var height = top * 2 + Math.Max(1, bars.Count) * rowHeight;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var e = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{e.Encode(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + i * rowHeight;
            var length = (int)Math.Round(barArea * (double)bar.Value / max);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" class=\"chart-label\">{e.Encode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{Math.Max(1, length)}\" height=\"{rowHeight - 6}\" class=\"chart-bar\" />");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{labelWidth + length + 4}\" y=\"{y + 15}\" class=\"chart-value\">{e.Encode(PortalFormat.Number(bar.Value))}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
