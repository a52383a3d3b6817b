namespace ReportPortal.Knowledge.Graph;

/// <summary>How readable a layout is: edge crossings (intersections of the drawn straight segments, one per pair of
/// related nodes, not counting segments that share a node) and overlapping labels and nodes.</summary>
public sealed record LayoutQuality(int Crossings, int LabelOverlaps, int NodeOverlaps)
{
    public static LayoutQuality Of(GraphLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new LayoutQuality(CountCrossings(layout), CountOverlaps(layout.Nodes.Select(n => n.LabelBox).ToList()),
            CountOverlaps(layout.Nodes.Select(CircleBox).ToList()));
    }

    /// <summary>The drawn segments: one per pair of nodes joined by at least one edge.</summary>
    public static List<(PlacedNode A, PlacedNode B)> Segments(GraphLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return [.. layout.Graph.Edges
            .Select(e => string.CompareOrdinal(e.From, e.To) < 0 ? (e.From, e.To) : (e.To, e.From))
            .Distinct()
            .Where(p => layout.ById.ContainsKey(p.Item1) && layout.ById.ContainsKey(p.Item2))
            .Select(p => (layout.ById[p.Item1], layout.ById[p.Item2]))];
    }

    public static int CountCrossings(GraphLayout layout)
    {
        var segments = Segments(layout);
        var count = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                var (a, b) = segments[i];
                var (c, d) = segments[j];
                if (a == c || a == d || b == c || b == d)
                {
                    continue;
                }

                if (Intersect(a.X, a.Y, b.X, b.Y, c.X, c.Y, d.X, d.Y))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>True when segment p1–p2 and segment p3–p4 cross (proper intersection or touching).</summary>
    public static bool Intersect(double x1, double y1, double x2, double y2, double x3, double y3, double x4, double y4)
    {
        var d1 = Cross(x3, y3, x4, y4, x1, y1);
        var d2 = Cross(x3, y3, x4, y4, x2, y2);
        var d3 = Cross(x1, y1, x2, y2, x3, y3);
        var d4 = Cross(x1, y1, x2, y2, x4, y4);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double Cross(double ax, double ay, double bx, double by, double px, double py) =>
        ((bx - ax) * (py - ay)) - ((by - ay) * (px - ax));

    private static Box CircleBox(PlacedNode n) => new(n.X - n.Radius, n.Y - n.Radius, 2 * n.Radius, 2 * n.Radius);

    private static int CountOverlaps(List<Box> boxes)
    {
        var count = 0;
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                if (boxes[i].Overlaps(boxes[j]))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
