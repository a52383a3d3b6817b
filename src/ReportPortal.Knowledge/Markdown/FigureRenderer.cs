using System.Globalization;
using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Renders a <see cref="FigureBlock"/>: caption, the table (always), notes, and for <c>chart: bar</c> a
/// server-drawn SVG bar chart of the last column, hidden from screen readers because the table says the same.</summary>
public sealed class FigureRenderer : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock block)
    {
        var f = block.Figure;
        renderer.Write($"<figure class=\"figure\" id=\"{E(f.Id)}\">");
        renderer.Write($"<figcaption><strong>{E(f.Title)}</strong>");
        if (f.Unit is { Length: > 0 })
        {
            renderer.Write($"<span class=\"figure-unit\">{InterfaceText.Mark("单位：")}{E(f.Unit)}</span>");
        }

        if (f.SourceCited is { Length: > 0 })
        {
            renderer.Write($"<span class=\"figure-source\">{InterfaceText.Mark("报告引用的来源：")}{E(f.SourceCited)}</span>");
        }

        renderer.Write("</figcaption>");
        if (f.Chart == "bar")
        {
            renderer.Write(BarChart.Svg(f));
        }

        renderer.Write("<div class=\"table-scroll\"><table><thead><tr>");
        foreach (var column in f.Columns)
        {
            renderer.Write($"<th scope=\"col\">{E(column)}</th>");
        }

        renderer.Write("</tr></thead><tbody>");
        foreach (var row in f.Rows)
        {
            renderer.Write("<tr>");
            foreach (var cell in row)
            {
                renderer.Write($"<td>{E(cell ?? "")}</td>");
            }

            renderer.Write("</tr>");
        }

        renderer.Write("</tbody></table></div>");
        if (f.Notes.Count > 0)
        {
            renderer.Write("<ul class=\"figure-notes\">");
            foreach (var note in f.Notes)
            {
                renderer.Write($"<li>{E(note)}</li>");
            }

            renderer.Write("</ul>");
        }

        renderer.Write("</figure>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>A horizontal bar chart of a figure's last column, as inline SVG (no script, no external request).</summary>
public static class BarChart
{
    private const int Width = 560;
    private const int LabelWidth = 190;
    private const int BarHeight = 22;
    private const int Gap = 8;

    public static string Svg(Content.Figure figure)
    {
        var bars = figure.Rows
            .Select(r => (Label: r.Count > 0 ? r[0] ?? "" : "", Value: r.Count > 0 && double.TryParse(r[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null))
            .Where(b => b.Value is > 0)
            .ToList();
        if (bars.Count < 2)
        {
            return "";
        }

        var max = bars.Max(b => b.Value!.Value);
        var height = bars.Count * (BarHeight + Gap);
        var svg = new System.Text.StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"bar-chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-hidden=\"true\" focusable=\"false\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = i * (BarHeight + Gap);
            var w = Math.Max(2, (Width - LabelWidth - 70) * value!.Value / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"bar-label\">{WebUtility.HtmlEncode(Truncate(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{BarHeight}\" rx=\"3\" class=\"bar\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6:0.#}\" y=\"{y + 16}\" class=\"bar-value\">{value.Value.ToString("0.##", CultureInfo.InvariantCulture)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Truncate(string label) => label.Length > 14 ? label[..13] + "…" : label;
}
