using System.Collections.Concurrent;
using System.Text;
using ReportPortal.Knowledge.Graph;

namespace ReportPortal.Web.Graphs;

/// <summary>Remembers layouts: a stress layout of a large graph takes tens of milliseconds, and the same graph is drawn
/// again for every language switch, highlighting link or filter order. The key is everything the layout depends on
/// (node ids, steps and drawn labels, the joined pairs), so a changed graph never gets an old layout. At most
/// <see cref="Capacity"/> layouts are kept; when full, the memo starts again.</summary>
public static class GraphLayoutMemo
{
    public const int Capacity = 2048;

    private static readonly ConcurrentDictionary<string, GraphLayout> s_layouts = new(StringComparer.Ordinal);

    public static GraphLayout Of(RelationGraph graph, Func<GraphNode, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(nameOf);
        var key = KeyOf(graph, nameOf);
        if (s_layouts.TryGetValue(key, out var known))
        {
            return known;
        }

        var layout = GraphLayout.Of(graph, nameOf);
        if (s_layouts.Count >= Capacity)
        {
            s_layouts.Clear();
        }

        return s_layouts.GetOrAdd(key, layout);
    }

    private static string KeyOf(RelationGraph graph, Func<GraphNode, string> nameOf)
    {
        var key = new StringBuilder();
        foreach (var n in graph.Nodes)
        {
            key.Append(n.Id).Append('\u0001').Append(n.Step).Append('\u0001').Append(LabelMetrics.LabelOf(nameOf(n))).Append('\u0002');
        }

        foreach (var e in graph.Edges)
        {
            key.Append(e.From).Append('\u0001').Append(e.To).Append('\u0002');
        }

        return key.ToString();
    }
}
