using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Knowledge.Graph;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;
using Xunit.Abstractions;

namespace ReportPortal.Web.Tests.Graphs;

/// <summary>Every graph the portal draws reads well: the overview on /graph (default filter) has at most 60 edge
/// crossings, and no graph (the overview, and the neighbourhood of every profile of the real content and of the
/// fixture, with Chinese and with English names) has two labels or two nodes on top of each other. The figures are
/// written to the test output.</summary>
[Collection(RealContent.Name)]
public sealed class GraphLayoutQualityTests(RealContentFactory portal, ITestOutputHelper output)
{
    public const int MaxOverviewCrossings = 60;

    private GraphData RealGraph => portal.Services.GetRequiredService<SnapshotHolder>().Current!.Graph;

    private static string Chinese(GraphNode n) => n.Title;

    private static string English(GraphNode n) => string.IsNullOrWhiteSpace(n.TitleEn) ? n.Title : n.TitleEn;

    [Fact]
    public void The_default_graph_page_has_at_most_60_crossings_and_no_overlaps()
    {
        var graph = RelationGraph.Overview(RealGraph, GraphFilter.All, 40).Graph;
        var before = ParallelRingCrossings(graph);

        var chinese = LayoutQuality.Of(GraphLayout.Of(graph, Chinese));
        var english = LayoutQuality.Of(GraphLayout.Of(graph, English));

        output.WriteLine($"/graph: {graph.Nodes.Count} nodes, {LayoutQuality.Segments(GraphLayout.Of(graph)).Count} drawn edges; "
            + $"crossings {chinese.Crossings} (Chinese names), {english.Crossings} (English names); label overlaps {chinese.LabelOverlaps}/{english.LabelOverlaps}; ring layout had {before}");
        Assert.InRange(chinese.Crossings, 0, MaxOverviewCrossings);
        Assert.InRange(english.Crossings, 0, MaxOverviewCrossings);
        Assert.Equal((0, 0), (chinese.LabelOverlaps, chinese.NodeOverlaps));
        Assert.Equal((0, 0), (english.LabelOverlaps, english.NodeOverlaps));
    }

    [Fact]
    public void No_profile_graph_of_the_real_content_has_overlapping_labels_or_nodes() => CheckEveryProfile(RealGraph, "real content");

    [Fact]
    public void No_profile_graph_of_the_fixture_has_overlapping_labels_or_nodes()
    {
        using var scratch = TestPaths.NewScratch();
        var status = IndexFile.Ensure(TestPaths.FixtureContent, Path.Combine(scratch.Path, "index.db"));
        CheckEveryProfile(KnowledgeSnapshot.Open(status).Graph, "fixture");
    }

    [Fact]
    public void The_same_graph_always_gets_the_same_layout()
    {
        var graph = RelationGraph.Neighbourhood(RealGraph, "openai");

        var first = GraphLayout.Of(graph, Chinese);
        var second = GraphLayout.Of(graph, Chinese);

        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal((first.Width, first.Height), (second.Width, second.Height));
        Assert.All(first.Nodes, n => Assert.True(n.LabelBox.Left >= 0 && n.LabelBox.Right <= first.Width && n.Y - n.Radius >= 0 && n.LabelBox.Bottom <= first.Height,
            $"{n.Node.Id} is outside the {first.Width}x{first.Height} canvas"));
    }

    private void CheckEveryProfile(GraphData data, string name)
    {
        var watch = Stopwatch.StartNew();
        var graphs = data.Documents.Values.Where(d => d.Kind != "chapter")
            .Select(d => RelationGraph.Neighbourhood(data, d.Id)).Where(g => g.Nodes.Count > 1).ToList();
        var results = graphs.SelectMany(g => new[] { Chinese, English }.Select(nameOf => (Graph: g, Quality: LayoutQuality.Of(GraphLayout.Of(g, nameOf))))).ToList();
        watch.Stop();

        var crossings = results.Select(r => r.Quality.Crossings).Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {graphs.Count} profile graphs laid out twice (Chinese and English names) in {watch.ElapsedMilliseconds} ms; "
            + $"crossings median {(crossings.Count == 0 ? 0 : crossings[crossings.Count / 2])}, max {crossings.DefaultIfEmpty().Max()}, total {crossings.Sum()}; "
            + $"label overlaps {results.Sum(r => r.Quality.LabelOverlaps)}; node overlaps {results.Sum(r => r.Quality.NodeOverlaps)}"));
        var bad = results.Where(r => r.Quality.LabelOverlaps + r.Quality.NodeOverlaps > 0).Select(r => $"{r.Graph.CentreId}: {r.Quality}").ToList();
        Assert.True(bad.Count == 0, "overlaps in:\n" + string.Join("\n", bad));
    }

    /// <summary>Crossings of the former concentric-ring layout, for comparison in the output.</summary>
    private static int ParallelRingCrossings(RelationGraph graph)
    {
        var first = graph.Nodes.Where(n => n.Step <= 1).ToList();
        var second = graph.Nodes.Where(n => n.Step >= 2).ToList();
        var r1 = Math.Max(170, first.Count * 96 / (2 * Math.PI));
        var r2 = Math.Max(r1 + 140, second.Count * 96 / (2 * Math.PI));
        var at = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        void Ring(List<GraphNode> nodes, double radius, double offset)
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                var angle = (2 * Math.PI * (i + offset) / nodes.Count) - (Math.PI / 2);
                at[nodes[i].Id] = (radius * Math.Cos(angle), radius * Math.Sin(angle));
            }
        }

        Ring(first, r1, 0);
        Ring(second, r2, 0.5);
        var segments = graph.Edges.Select(e => string.CompareOrdinal(e.From, e.To) < 0 ? (e.From, e.To) : (e.To, e.From)).Distinct().ToList();
        var count = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                var (a, b) = segments[i];
                var (c, d) = segments[j];
                if (a != c && a != d && b != c && b != d
                    && LayoutQuality.Intersect(at[a].X, at[a].Y, at[b].X, at[b].Y, at[c].X, at[c].Y, at[d].X, at[d].Y))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
