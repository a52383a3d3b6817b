using GraphShape;
using GraphShape.Algorithms.Layout;
using GraphShape.Algorithms.OverlapRemoval;
using QuikGraph;

namespace ReportPortal.Knowledge.Graph;

/// <summary>A node placed on the canvas: its centre, circle radius, the label drawn under it and that label's box.</summary>
public sealed record PlacedNode(GraphNode Node, double X, double Y, double Radius, string Label, Box LabelBox);

/// <summary>A stress layout of a relation graph: Kamada–Kawai (GraphShape) places related nodes near each other and
/// unrelated ones apart, then the Force-Scan Algorithm removes every overlap between nodes with their labels. The
/// layout is tried from <see cref="Seeds"/> fixed random starts (a short run each); the one with the fewest edge
/// crossings (ties: the first) is run further and kept if that crosses no more edges. No clock and no shared random
/// source: the same graph and names always give the same picture.</summary>
public sealed class GraphLayout
{
    /// <summary>The random starts tried, in order.</summary>
    public static readonly IReadOnlyList<int> Seeds = [17, 29, 43, 61, 83, 101, 131, 157];

    /// <summary>Kamada–Kawai iterations from each random start.</summary>
    public const int Iterations = 100;

    /// <summary>Further iterations from the best start, kept when they cross no more edges.</summary>
    public const int RefineIterations = 300;

    /// <summary>The preferred length of an edge, in pixels.</summary>
    public const double EdgeLength = 120;

    public const double Margin = 16;

    /// <summary>Space kept between the boxes of two nodes with their labels.</summary>
    public const float Gap = 6;

    private GraphLayout(RelationGraph graph, double width, double height, IReadOnlyList<PlacedNode> nodes)
    {
        Graph = graph;
        Width = width;
        Height = height;
        Nodes = nodes;
        ById = nodes.ToDictionary(n => n.Node.Id, StringComparer.Ordinal);
    }

    public RelationGraph Graph { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The nodes in the graph's order.</summary>
    public IReadOnlyList<PlacedNode> Nodes { get; }

    public IReadOnlyDictionary<string, PlacedNode> ById { get; }

    public static double NodeRadius(int step) => step switch { 0 => 24, 1 => 16, _ => 11 };

    /// <param name="nameOf">The name drawn for a node (its title when not given): labels take room, so the layout
    /// depends on them.</param>
    public static GraphLayout Of(RelationGraph graph, Func<GraphNode, string>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        nameOf ??= n => n.Title;
        var labels = graph.Nodes.ToDictionary(n => n.Id, n => LabelMetrics.LabelOf(nameOf(n)), StringComparer.Ordinal);
        if (graph.Nodes.Count <= 1)
        {
            return Place(graph, labels, graph.Nodes.ToDictionary(n => n.Id, _ => new Point(0, 0), StringComparer.Ordinal));
        }

        GraphLayout? best = null;
        Dictionary<string, Point>? bestStart = null;
        var bestCrossings = int.MaxValue;
        foreach (var seed in Seeds)
        {
            var start = Stress(graph, seed, null, Iterations);
            var layout = Place(graph, labels, RemoveOverlaps(graph, labels, new Dictionary<string, Point>(start, StringComparer.Ordinal)));
            var crossings = LayoutQuality.CountCrossings(layout);
            if (crossings < bestCrossings)
            {
                (best, bestStart, bestCrossings) = (layout, start, crossings);
            }

            if (crossings == 0)
            {
                return layout;
            }
        }

        var refined = Place(graph, labels, RemoveOverlaps(graph, labels, Stress(graph, 0, bestStart, RefineIterations)));
        return LayoutQuality.CountCrossings(refined) <= bestCrossings ? refined : best!;
    }

    /// <summary>Kamada–Kawai from a seeded random start, scaled so that the median edge is <see cref="EdgeLength"/> long.</summary>
    private static Dictionary<string, Point> Stress(RelationGraph graph, int seed, Dictionary<string, Point>? start, int iterations)
    {
        var g = new BidirectionalGraph<string, Edge<string>>(allowParallelEdges: false);
        g.AddVertexRange(graph.Nodes.Select(n => n.Id));
        foreach (var (a, b) in Pairs(graph))
        {
            g.AddEdge(new Edge<string>(a, b));
        }

        var side = EdgeLength * Math.Sqrt(graph.Nodes.Count) * 1.5;
        var parameters = new KKLayoutParameters { Width = side, Height = side, MaxIterations = iterations, DisconnectedMultiplier = 0.6, ExchangeVertices = false };
        var kk = start is null
            ? new KKLayoutAlgorithm<string, Edge<string>, BidirectionalGraph<string, Edge<string>>>(g, parameters) { Rand = new Random(seed) }
            : new KKLayoutAlgorithm<string, Edge<string>, BidirectionalGraph<string, Edge<string>>>(g, start.ToDictionary(p => p.Key, p => p.Value), parameters) { Rand = new Random(seed) };
        kk.Compute();
        var positions = graph.Nodes.ToDictionary(n => n.Id, n => kk.VerticesPositions[n.Id], StringComparer.Ordinal);

        var lengths = Pairs(graph).Select(p => Distance(positions[p.A], positions[p.B])).Where(d => d > 1e-9).Order().ToList();
        var scale = lengths.Count == 0 ? 1 : EdgeLength / lengths[lengths.Count / 2];
        return positions.ToDictionary(p => p.Key, p => new Point(p.Value.X * scale, p.Value.Y * scale), StringComparer.Ordinal);
    }

    /// <summary>Moves nodes apart until no two boxes (circle and label, plus <see cref="Gap"/>) overlap.</summary>
    private static Dictionary<string, Point> RemoveOverlaps(RelationGraph graph, Dictionary<string, string> labels, Dictionary<string, Point> positions)
    {
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        for (var round = 0; round < 4; round++)
        {
            var rects = positions.ToDictionary(p => p.Key, p => ToRect(BoxOf(nodes[p.Key], labels[p.Key], p.Value)), StringComparer.Ordinal);
            var fsa = new FSAAlgorithm<string>(rects, new OverlapRemovalParameters { HorizontalGap = Gap, VerticalGap = Gap });
            fsa.Compute();
            foreach (var (id, rect) in fsa.Rectangles)
            {
                var r = NodeRadius(nodes[id].Step);
                positions[id] = new Point(rect.X + (rect.Width / 2), rect.Y + r);
            }

            if (!AnyOverlap(graph, labels, positions))
            {
                break;
            }
        }

        return positions;
    }

    private static bool AnyOverlap(RelationGraph graph, Dictionary<string, string> labels, Dictionary<string, Point> positions)
    {
        var boxes = graph.Nodes.Select(n => BoxOf(n, labels[n.Id], positions[n.Id])).ToList();
        return boxes.Where((a, i) => boxes.Skip(i + 1).Any(a.Overlaps)).Any();
    }

    private static Box BoxOf(GraphNode node, string label, Point p) =>
        LabelMetrics.BoxOf(p.X, p.Y, NodeRadius(node.Step), label, node.Step);

    private static Rect ToRect(Box box) => new(box.Left, box.Top, box.Width, box.Height);

    /// <summary>Moves the drawing to the top left corner (plus <see cref="Margin"/>) and rounds to tenths of a pixel.</summary>
    private static GraphLayout Place(RelationGraph graph, Dictionary<string, string> labels, Dictionary<string, Point> positions)
    {
        var boxes = graph.Nodes.Select(n => BoxOf(n, labels[n.Id], positions[n.Id])).ToList();
        var left = boxes.Count == 0 ? 0 : boxes.Min(b => b.Left);
        var top = boxes.Count == 0 ? 0 : boxes.Min(b => b.Top);
        var placed = graph.Nodes.Select(n =>
        {
            var x = Round(positions[n.Id].X - left + Margin);
            var y = Round(positions[n.Id].Y - top + Margin);
            var r = NodeRadius(n.Step);
            return new PlacedNode(n, x, y, r, labels[n.Id], LabelMetrics.LabelBoxOf(x, y, r, labels[n.Id], n.Step));
        }).ToList();
        var width = boxes.Count == 0 ? 0 : boxes.Max(b => b.Right) - left;
        var height = boxes.Count == 0 ? 0 : boxes.Max(b => b.Bottom) - top;
        return new GraphLayout(graph, Math.Ceiling(width + (2 * Margin)), Math.Ceiling(height + (2 * Margin)), placed);
    }

    private static IEnumerable<(string A, string B)> Pairs(RelationGraph graph) =>
        graph.Edges.Where(e => e.From != e.To)
            .Select(e => string.CompareOrdinal(e.From, e.To) < 0 ? (e.From, e.To) : (e.To, e.From))
            .Distinct();

    private static double Distance(Point a, Point b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
