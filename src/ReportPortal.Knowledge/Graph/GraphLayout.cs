namespace ReportPortal.Knowledge.Graph;

/// <summary>A node placed on the canvas: its centre and circle radius.</summary>
public sealed record PlacedNode(GraphNode Node, double X, double Y, double Radius);

/// <summary>A deterministic radial layout: the centre (step 0) in the middle, the first ring around it, the second
/// ring outside, each ring's nodes at evenly spread angles starting at the top and going clockwise, in node order.
/// The rings widen with their node count so that neighbours on a ring keep <see cref="Spacing"/> apart.
/// No randomness: the same graph always gives the same layout.</summary>
public sealed class GraphLayout
{
    public const double Spacing = 96;
    public const double Margin = 90;
    public const double FirstRadius = 170;
    public const double RingGap = 140;

    private GraphLayout(double size, IReadOnlyList<PlacedNode> nodes)
    {
        Size = size;
        Nodes = nodes;
        ById = nodes.ToDictionary(n => n.Node.Id, StringComparer.Ordinal);
    }

    /// <summary>Width and height of the square canvas.</summary>
    public double Size { get; }

    public IReadOnlyList<PlacedNode> Nodes { get; }

    public IReadOnlyDictionary<string, PlacedNode> ById { get; }

    public static double NodeRadius(int step) => step switch { 0 => 24, 1 => 16, _ => 11 };

    public static GraphLayout Of(RelationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var centre = graph.Ring(0).ToList();
        var first = graph.Ring(1).ToList();
        var second = graph.Nodes.Where(n => n.Step >= 2).ToList();

        var r1 = first.Count == 0 ? 0 : Math.Max(FirstRadius, RingFor(first.Count));
        var r2 = second.Count == 0 ? 0 : Math.Max(r1 + RingGap, RingFor(second.Count));
        var half = Math.Max(r1, r2) + Margin;
        if (half < 2 * Margin)
        {
            half = 2 * Margin; // a lone centre still gets a readable canvas
        }

        var placed = new List<PlacedNode>();
        placed.AddRange(centre.Select(n => new PlacedNode(n, Round(half), Round(half), NodeRadius(0))));
        placed.AddRange(Ring(first, r1, 0));
        placed.AddRange(Ring(second, r2, 0.5)); // half a step round, so that outer nodes sit between inner ones
        return new GraphLayout(Round(2 * half), placed);

        IEnumerable<PlacedNode> Ring(List<GraphNode> nodes, double radius, double offset) =>
            nodes.Select((n, i) =>
            {
                var angle = (2 * Math.PI * (i + (nodes.Count == 1 ? 0 : offset)) / nodes.Count) - (Math.PI / 2);
                return new PlacedNode(n, Round(half + (radius * Math.Cos(angle))), Round(half + (radius * Math.Sin(angle))), NodeRadius(n.Step));
            });
    }

    private static double RingFor(int count) => count * Spacing / (2 * Math.PI);

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
