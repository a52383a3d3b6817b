using ReportPortal.Knowledge.Graph;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Tests.Graph;

/// <summary>The fixture content's relations: 微软 (weiruan) invested-in 开放实验室 (kaifang), which developed rlhf-test;
/// apart from them, wang-wu co-founded xinghe, which developed duihua-zhushou (which uses zhuyili), and xinli supplies
/// xinghe.</summary>
public sealed class RelationGraphTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private GraphLoader OpenIndex(string? content = null)
    {
        var status = IndexFile.Ensure(content ?? TestPaths.FixtureContent, Path.Combine(_scratch.Path, "index.db"));
        Assert.Empty(status.Problems);
        return new GraphLoader(new GraphQueries(KnowledgeSnapshot.Open(status)));
    }

    /// <summary>The graph queries of a fixture snapshot, in the shape these tests call them.</summary>
    private sealed class GraphLoader(GraphQueries graphs) : IDisposable
    {
        public Task<GraphData> LoadAsync() => Task.FromResult(graphs.Data);

        public Task<RelationGraph> NeighbourhoodAsync(string id, GraphFilter? filter = null, GraphLimits? limits = null) =>
            Task.FromResult(graphs.Neighbourhood(id, filter, limits));

        public Task<string?> ResolveAsync(string text) => Task.FromResult(graphs.Resolve(text)?.Id);

        public void Dispose()
        {
        }
    }

    private static string[] Ids(IEnumerable<GraphNode> nodes) => [.. nodes.Select(n => n.Id)];

    [Fact]
    public async Task Finds_neighbours_in_both_directions_with_labels_from_the_relation_types()
    {
        using var db = OpenIndex();

        var graph = await db.NeighbourhoodAsync("kaifang");

        Assert.Equal("kaifang", graph.Centre!.Id);
        Assert.Equal(["rlhf-test", "weiruan"], Ids(graph.Ring(1)).Order(StringComparer.Ordinal));
        Assert.Empty(graph.Ring(2));
        Assert.Contains(new GraphEdge("weiruan", "kaifang", "invested-in", "投资", "获投资"), graph.Edges);
        Assert.Contains(new GraphEdge("kaifang", "rlhf-test", "developed", "开发", "开发方"), graph.Edges);
        Assert.Equal(["获投资"], graph.LabelsBetween("kaifang", "weiruan"));
        Assert.Equal(["投资"], graph.LabelsBetween("weiruan", "kaifang"));
        Assert.Equal("/companies/weiruan", graph.Node("weiruan")!.Url);
    }

    [Fact]
    public async Task Reaches_two_steps_and_keeps_only_edges_that_touch_the_centre_or_the_first_ring()
    {
        using var db = OpenIndex();

        var graph = await db.NeighbourhoodAsync("weiruan");

        Assert.Equal(["weiruan", "kaifang", "rlhf-test"], Ids(graph.Nodes));
        Assert.Equal([0, 1, 2], graph.Nodes.Select(n => n.Step));
        Assert.Equal(["rlhf-test"], Ids(graph.NextTo("kaifang", 2)));
        Assert.Equal(2, graph.Edges.Count);
        Assert.Equal(("company", "开放实验室"), (graph.Node("kaifang")!.Kind, graph.Node("kaifang")!.Title));
    }

    [Fact]
    public async Task A_document_without_relations_is_a_lone_centre_and_an_unknown_one_an_empty_graph()
    {
        using var db = OpenIndex();
        var loader = db;

        var lone = await loader.NeighbourhoodAsync("zhang-san");
        var none = await loader.NeighbourhoodAsync("no-such-document");

        Assert.Equal(["zhang-san"], Ids(lone.Nodes));
        Assert.Empty(lone.Edges);
        Assert.Empty(none.Nodes);
    }

    [Fact]
    public async Task Filters_leave_out_relation_types_and_document_kinds_but_never_the_centre()
    {
        using var db = OpenIndex();
        var data = await db.LoadAsync();

        var investments = RelationGraph.Neighbourhood(data, "kaifang", new GraphFilter(Types: new HashSet<string> { "invested-in" }));
        var terms = RelationGraph.Neighbourhood(data, "kaifang", new GraphFilter(Kinds: new HashSet<string> { "term" }));

        Assert.Equal(["kaifang", "weiruan"], Ids(investments.Nodes));
        Assert.All(investments.Edges, e => Assert.Equal("invested-in", e.Type));
        Assert.Equal(["kaifang", "rlhf-test"], Ids(terms.Nodes));
    }

    [Fact]
    public async Task Limits_cut_the_fixture_neighbourhood()
    {
        using var db = OpenIndex();

        var graph = await db.NeighbourhoodAsync("weiruan", limits: new GraphLimits(FirstStep: 1, SecondStep: 0));
        var noRing = await db.NeighbourhoodAsync("kaifang", limits: new GraphLimits(FirstStep: 1, SecondStep: 5));

        Assert.Equal(["weiruan", "kaifang"], Ids(graph.Nodes));
        Assert.Single(graph.Edges);
        Assert.Single(noRing.Ring(1));
    }

    [Fact]
    public void Limits_keep_a_large_neighbourhood_readable_and_prefer_the_closest_neighbours()
    {
        // hub → n00..n29; n07 and n23 share two relations with the hub; each nXX → m(XX)a, m(XX)b; m05a is also
        // joined to n06 and n08, so it is the best second-step node.
        var docs = new List<DocumentRow> { Doc("hub") };
        var relations = new List<RelationRow>();
        for (var i = 0; i < 30; i++)
        {
            var n = $"n{i:00}";
            docs.Add(Doc(n));
            relations.Add(Rel("hub", "uses", n));
            foreach (var suffix in new[] { "a", "b" })
            {
                docs.Add(Doc($"m{i:00}{suffix}"));
                relations.Add(Rel(n, "uses", $"m{i:00}{suffix}"));
            }
        }

        relations.Add(Rel("n07", "owns", "hub"));
        relations.Add(Rel("hub", "owns", "n23"));
        relations.Add(Rel("n06", "uses", "m05a"));
        relations.Add(Rel("n08", "uses", "m05a"));
        var data = new GraphData(relations, docs, [new RelationTypeRow { Key = "uses", Label = "使用", Inverse = "被使用于" }]);

        var graph = RelationGraph.Neighbourhood(data, "hub");

        var first = Ids(graph.Ring(1));
        var second = Ids(graph.Ring(2));
        Assert.Equal(12, first.Length);
        Assert.Equal(20, second.Length);
        Assert.Equal(["n07", "n23"], first.Take(2));
        Assert.Contains("m05a", second);
        Assert.All(second, id => Assert.Contains(graph.Edges, e => (e.From == id && first.Contains(e.To)) || (e.To == id && first.Contains(e.From))));
        Assert.All(graph.Edges, e => Assert.True(graph.Node(e.From) is not null && graph.Node(e.To) is not null));
        Assert.Contains(graph.Edges, e => e.Type == "owns" && e.Label == "owns"); // a type without a row keeps its key
    }

    [Fact]
    public async Task The_overview_takes_the_most_connected_nodes_and_counts_what_the_filter_selects()
    {
        using var db = OpenIndex();
        var data = await db.LoadAsync();

        var all = RelationGraph.Overview(data);
        var top = RelationGraph.Overview(data, maxNodes: 1);
        var investments = RelationGraph.Overview(data, new GraphFilter(Types: new HashSet<string> { "invested-in" }));

        Assert.Equal((8, 6), (all.SelectedNodes, all.SelectedEdges));
        Assert.Equal(8, all.Graph.Nodes.Count);
        Assert.Equal(["xinghe"], Ids(top.Graph.Nodes)); // three relations; every other document has one or two
        Assert.Empty(top.Graph.Edges);
        Assert.Equal((2, 1), (investments.SelectedNodes, investments.SelectedEdges));
        Assert.Null(all.Graph.CentreId);
    }

    [Fact]
    public async Task Resolves_a_focus_by_id_alternate_id_title_english_name_or_alias()
    {
        using var db = OpenIndex();
        var loader = db;

        Assert.Equal("weiruan", await loader.ResolveAsync("weiruan"));
        Assert.Equal("kaifang", await loader.ResolveAsync("openlab-old"));
        Assert.Equal("weiruan", await loader.ResolveAsync(" 微软 "));
        Assert.Equal("weiruan", await loader.ResolveAsync("microsoft"));
        Assert.Equal("kaifang", await loader.ResolveAsync("openlab inc"));
        Assert.Null(await loader.ResolveAsync("微"));
        Assert.Null(await loader.ResolveAsync("  "));
    }

    [Fact]
    public async Task The_layout_is_deterministic_whatever_the_order_of_the_data_and_stays_on_the_canvas()
    {
        using var db = OpenIndex();
        var data = await db.LoadAsync();
        var reversed = new GraphData(data.Relations.Reverse(), data.Documents.Values.Reverse(), data.Types.Values);

        var layout = GraphLayout.Of(RelationGraph.Neighbourhood(data, "kaifang"));
        var again = GraphLayout.Of(RelationGraph.Neighbourhood(reversed, "kaifang"));

        Assert.Equal(layout.Nodes, again.Nodes);
        Assert.Equal((layout.Width, layout.Height), (again.Width, again.Height));
        Assert.All(layout.Nodes, n => Assert.True(n.X - n.Radius >= 0 && n.X + n.Radius <= layout.Width && n.LabelBox.Left >= 0
            && n.LabelBox.Right <= layout.Width && n.Y - n.Radius >= 0 && n.LabelBox.Bottom <= layout.Height));
        Assert.Equal(new LayoutQuality(0, 0, 0), LayoutQuality.Of(layout));
    }

    [Fact]
    public void A_tree_is_laid_out_without_crossings_with_each_leaf_near_its_parent()
    {
        var docs = new List<DocumentRow> { Doc("hub") };
        var relations = new List<RelationRow>();
        for (var i = 0; i < 12; i++)
        {
            docs.Add(Doc($"n{i:00}"));
            docs.Add(Doc($"m{i:00}"));
            relations.Add(Rel("hub", "uses", $"n{i:00}"));
            relations.Add(Rel($"n{i:00}", "uses", $"m{i:00}"));
        }

        var layout = GraphLayout.Of(RelationGraph.Neighbourhood(new GraphData(relations, docs, []), "hub"));

        double Distance(string a, string b) => Math.Sqrt(Math.Pow(layout.ById[a].X - layout.ById[b].X, 2) + Math.Pow(layout.ById[a].Y - layout.ById[b].Y, 2));
        Assert.Equal(new LayoutQuality(0, 0, 0), LayoutQuality.Of(layout));
        for (var i = 0; i < 12; i++)
        {
            Assert.True(Distance($"n{i:00}", $"m{i:00}") < Distance("hub", $"m{i:00}"), $"m{i:00} is nearer the hub than its parent");
        }

        Assert.All(layout.Nodes, n => Assert.InRange(n.X, 0, layout.Width));
    }

    private static DocumentRow Doc(string id) => new() { Id = id, Kind = "product", Title = id.ToUpperInvariant() };

    private static RelationRow Rel(string subject, string type, string obj) => new() { SubjectId = subject, Type = type, ObjectId = obj };
}
