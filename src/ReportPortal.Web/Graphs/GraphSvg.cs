using System.Globalization;
using System.Text;

using ReportPortal.Knowledge.Graph;

namespace ReportPortal.Web.Graphs;

/// <summary>Renders a laid-out <see cref="RelationGraph"/> as an inline SVG string: one line per pair of related
/// nodes with the relation labels as its <c>&lt;title&gt;</c> tooltip, and one linked circle per node, coloured by
/// its kind through the CSS class <c>node-{kind}</c>. Every string from the content is escaped.</summary>
public static class GraphSvg
{
    /// <summary>How many characters of a title are drawn under its node; the whole title is in its tooltip.</summary>
    public const int MaxLabelLength = LabelMetrics.MaxLength;

    /// <param name="nameOf">The name to draw for a node; its <see cref="GraphNode.Title"/> when not given.</param>
    public static string Render(RelationGraph graph, GraphLayout layout, string ariaLabel, Func<GraphNode, string>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(layout);
        nameOf ??= n => n.Title;
        string NameOf(string id) => graph.Node(id) is { } node ? nameOf(node) : id;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"relation-graph\" viewBox=\"0 0 {Num(layout.Width)} {Num(layout.Height)}\" width=\"{Num(layout.Width)}\" height=\"{Num(layout.Height)}\" role=\"group\" aria-label=\"{Escape(ariaLabel)}\">");

        svg.Append("<g class=\"edges\">");
        foreach (var pair in graph.Edges.GroupBy(e => string.CompareOrdinal(e.From, e.To) < 0 ? (e.From, e.To) : (e.To, e.From)))
        {
            if (!layout.ById.TryGetValue(pair.Key.Item1, out var a) || !layout.ById.TryGetValue(pair.Key.Item2, out var b))
            {
                continue;
            }

            var tip = string.Join("；", pair.Select(e => $"{NameOf(e.From)} {e.Label} {NameOf(e.To)}"));
            var inner = a.Node.Step <= 1 && b.Node.Step <= 1 && (a.Node.Step == 0 || b.Node.Step == 0) ? " edge-inner" : "";
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"edge{inner}\" data-types=\"{Escape(string.Join(' ', pair.Select(e => e.Type).Distinct()))}\"><title>{Escape(tip)}</title>")
                .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Num(a.X)}\" y1=\"{Num(a.Y)}\" x2=\"{Num(b.X)}\" y2=\"{Num(b.Y)}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<line class=\"edge-hit\" x1=\"{Num(a.X)}\" y1=\"{Num(a.Y)}\" x2=\"{Num(b.X)}\" y2=\"{Num(b.Y)}\"/></g>");
        }

        svg.Append("</g><g class=\"nodes\">");
        foreach (var p in layout.Nodes)
        {
            var n = p.Node;
            var name = nameOf(n);
            var label = p.Label;
            svg.Append(CultureInfo.InvariantCulture,
                    $"<a href=\"{Escape(n.Url)}\" class=\"node node-{KindClass(n.Kind)} node-step-{n.Step}\" data-id=\"{Escape(n.Id)}\">")
                .Append(CultureInfo.InvariantCulture, $"<title>{Escape(name)}</title>")
                .Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Num(p.X)}\" cy=\"{Num(p.Y)}\" r=\"{Num(p.Radius)}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Num(p.X)}\" y=\"{Num(p.Y + p.Radius + LabelMetrics.BaselineGap)}\" text-anchor=\"middle\">{Escape(label)}</text></a>");
        }

        return svg.Append("</g></svg>").ToString();
    }

    /// <summary>Escapes text for HTML and XML, in content and in quoted attributes.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) && c is not ('\n' or '\t') => "",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A kind as a CSS class name part: lower-case letters, digits and hyphens only.</summary>
    private static string KindClass(string kind) =>
        string.Concat(kind.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'));

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
