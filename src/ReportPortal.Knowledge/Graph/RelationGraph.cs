using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Graph;

/// <summary>A document in a graph. <see cref="Step"/> is its distance from the centre: 0 the centre, 1 the first ring,
/// 2 the second (in an overview without a centre: 1 the most connected nodes, 2 the rest). <see cref="TitleEn"/> is
/// the document's English name, if it has one.</summary>
public sealed record GraphNode(string Id, string Kind, string Title, int Step, string? TitleEn = null)
{
    public string Url => DocumentSchema.UrlOf(Kind, Id);
}

/// <summary>A typed relation between two nodes, read "From LABEL To"; <see cref="Inverse"/> reads "To INVERSE From".</summary>
public sealed record GraphEdge(string From, string To, string Type, string Label, string Inverse);

/// <summary>How large a neighbourhood may grow so that it stays readable.</summary>
public sealed record GraphLimits(int FirstStep = 12, int SecondStep = 20)
{
    public static GraphLimits Default { get; } = new();
}

/// <summary>Which document kinds and relation types a graph may show; <c>null</c> means all.</summary>
public sealed record GraphFilter(IReadOnlySet<string>? Kinds = null, IReadOnlySet<string>? Types = null)
{
    public static GraphFilter All { get; } = new();

    public bool AllowsKind(string kind) => Kinds is null || Kinds.Contains(kind);

    public bool AllowsType(string type) => Types is null || Types.Contains(type);
}

/// <summary>What a graph is built from: relations, the documents they join (Id, Kind, Title, TitleEn are enough) and
/// the relation types with their Chinese labels.</summary>
public sealed class GraphData(
    IEnumerable<RelationRow> relations,
    IEnumerable<DocumentRow> documents,
    IEnumerable<RelationTypeRow> types)
{
    public IReadOnlyList<RelationRow> Relations { get; } = [.. relations];
    public IReadOnlyDictionary<string, DocumentRow> Documents { get; } = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    public IReadOnlyDictionary<string, RelationTypeRow> Types { get; } = types.ToDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>The distinct edges that pass the filter: both ends are known documents of allowed kinds, the type is
    /// allowed, and the relation does not point at its own subject. Repeated relations (same subject, type and object,
    /// e.g. two investments on different dates) are one edge. The document <paramref name="always"/> passes the kind
    /// filter whatever its kind.</summary>
    public List<GraphEdge> Edges(GraphFilter filter, string? always = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var seen = new HashSet<(string, string, string)>();
        var edges = new List<GraphEdge>();
        foreach (var r in Relations)
        {
            if (r.SubjectId == r.ObjectId || !filter.AllowsType(r.Type)
                || !Documents.TryGetValue(r.SubjectId, out var s) || !(filter.AllowsKind(s.Kind) || s.Id == always)
                || !Documents.TryGetValue(r.ObjectId, out var o) || !(filter.AllowsKind(o.Kind) || o.Id == always)
                || !seen.Add((r.SubjectId, r.Type, r.ObjectId)))
            {
                continue;
            }

            Types.TryGetValue(r.Type, out var type);
            edges.Add(new GraphEdge(r.SubjectId, r.ObjectId, r.Type, type?.Label ?? r.Type, type?.Inverse ?? r.Type + "（被）"));
        }

        return edges;
    }
}

/// <summary>A graph that can be drawn: the nodes (centre first, then the first ring, then the second) and the edges
/// between them.</summary>
public sealed class RelationGraph
{
    private readonly Dictionary<string, GraphNode> _byId;

    public RelationGraph(string? centreId, IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges)
    {
        CentreId = centreId;
        Nodes = nodes;
        Edges = edges;
        _byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public static RelationGraph Empty { get; } = new(null, [], []);

    public string? CentreId { get; }
    public IReadOnlyList<GraphNode> Nodes { get; }
    public IReadOnlyList<GraphEdge> Edges { get; }

    public GraphNode? Centre => CentreId is null ? null : Node(CentreId);

    public GraphNode? Node(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<GraphNode> Ring(int step) => Nodes.Where(n => n.Step == step);

    /// <summary>The labels of the edges between two nodes, read from <paramref name="viewpoint"/>
    /// ("OpenAI 获投资 微软" from OpenAI, "微软 投资 OpenAI" from Microsoft).</summary>
    public IReadOnlyList<string> LabelsBetween(string viewpoint, string other) =>
        [.. Edges.Where(e => (e.From == viewpoint && e.To == other) || (e.From == other && e.To == viewpoint))
            .Select(e => e.From == viewpoint ? e.Label : e.Inverse).Distinct()];

    /// <summary>The nodes of ring <paramref name="step"/> joined to node <paramref name="id"/> by an edge, in ring order.</summary>
    public IReadOnlyList<GraphNode> NextTo(string id, int step) =>
        [.. Nodes.Where(n => n.Step == step && n.Id != id
            && Edges.Any(e => (e.From == id && e.To == n.Id) || (e.To == id && e.From == n.Id)))];

    /// <summary>The neighbourhood of <paramref name="centreId"/>: the documents at most two relations away, with at
    /// most <see cref="GraphLimits.FirstStep"/> first-step neighbours (those that share the most relations with the
    /// centre, then the most connected) and <see cref="GraphLimits.SecondStep"/> second-step ones (those joined to the
    /// most first-step neighbours). Edges join the centre or a first-step node to another node of the graph.
    /// The centre is always shown, whatever its kind; an unknown centre gives the empty graph.</summary>
    public static RelationGraph Neighbourhood(GraphData data, string centreId, GraphFilter? filter = null, GraphLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        filter ??= GraphFilter.All;
        limits ??= GraphLimits.Default;
        if (!data.Documents.TryGetValue(centreId, out var centreDoc))
        {
            return Empty;
        }

        var edges = data.Edges(filter, always: centreId);
        var adjacency = Adjacency(edges);
        var around = adjacency.GetValueOrDefault(centreId) ?? [];

        var first = around.Keys
            .OrderByDescending(id => around[id])
            .ThenByDescending(id => adjacency[id].Values.Sum())
            .ThenBy(id => id, StringComparer.Ordinal)
            .Take(Math.Max(0, limits.FirstStep))
            .ToList();
        var firstIndex = first.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);

        var candidates = new Dictionary<string, (int Firsts, int Edges, int Parent)>(StringComparer.Ordinal);
        foreach (var f in first)
        {
            foreach (var (other, count) in adjacency[f])
            {
                if (other == centreId || firstIndex.ContainsKey(other))
                {
                    continue;
                }

                var c = candidates.GetValueOrDefault(other, (Firsts: 0, Edges: 0, Parent: int.MaxValue));
                candidates[other] = (c.Firsts + 1, c.Edges + count, Math.Min(c.Parent, firstIndex[f]));
            }
        }

        var second = candidates
            .OrderByDescending(c => c.Value.Firsts).ThenByDescending(c => c.Value.Edges).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, limits.SecondStep))
            .OrderBy(c => c.Value.Parent).ThenBy(c => c.Key, StringComparer.Ordinal) // beside the neighbour it hangs from
            .Select(c => c.Key)
            .ToList();

        var nodes = new List<GraphNode> { NodeOf(centreDoc, 0) };
        nodes.AddRange(first.Select(id => NodeOf(data.Documents[id], 1)));
        nodes.AddRange(second.Select(id => NodeOf(data.Documents[id], 2)));
        var inner = new HashSet<string>(first, StringComparer.Ordinal) { centreId };
        return Assemble(centreId, nodes, edges.Where(e => inner.Contains(e.From) || inner.Contains(e.To)));
    }

    /// <summary>The whole graph under a filter, cut down to its <paramref name="maxNodes"/> most connected nodes (by
    /// degree within the filter, then id) and the edges among them: the 12 most connected form the inner ring.</summary>
    public static GraphOverview Overview(GraphData data, GraphFilter? filter = null, int maxNodes = 40, int innerRing = 12)
    {
        ArgumentNullException.ThrowIfNull(data);
        var edges = data.Edges(filter ?? GraphFilter.All);
        var adjacency = Adjacency(edges);
        var degree = adjacency.ToDictionary(a => a.Key, a => a.Value.Values.Sum(), StringComparer.Ordinal);
        var top = degree.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, maxNodes)).Select(d => d.Key).ToList();
        var inner = top.Take(innerRing).ToList();
        var innerIndex = inner.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var outer = top.Skip(innerRing)
            .OrderBy(id => adjacency[id].Keys.Where(innerIndex.ContainsKey).Select(k => innerIndex[k]).DefaultIfEmpty(int.MaxValue).Min())
            .ThenBy(id => id, StringComparer.Ordinal);

        var nodes = inner.Select(id => NodeOf(data.Documents[id], 1)).Concat(outer.Select(id => NodeOf(data.Documents[id], 2))).ToList();
        var shown = new HashSet<string>(top, StringComparer.Ordinal);
        return new GraphOverview(Assemble(null, nodes, edges.Where(e => shown.Contains(e.From) && shown.Contains(e.To))),
            degree.Count, edges.Count);
    }

    private static GraphNode NodeOf(DocumentRow d, int step) => new(d.Id, d.Kind, d.Title, step, d.TitleEn);

    /// <summary>The graph with the edges whose both ends are nodes, in node order.</summary>
    private static RelationGraph Assemble(string? centreId, List<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var kept = edges.Where(e => index.ContainsKey(e.From) && index.ContainsKey(e.To))
            .OrderBy(e => Math.Min(index[e.From], index[e.To]))
            .ThenBy(e => Math.Max(index[e.From], index[e.To]))
            .ThenBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.From, StringComparer.Ordinal)
            .ToList();
        return new RelationGraph(centreId, nodes, kept);
    }

    /// <summary>For each document, its neighbours and how many edges join them.</summary>
    private static Dictionary<string, Dictionary<string, int>> Adjacency(List<GraphEdge> edges)
    {
        var adjacency = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            Add(e.From, e.To);
            Add(e.To, e.From);
        }

        return adjacency;

        void Add(string a, string b)
        {
            if (!adjacency.TryGetValue(a, out var around))
            {
                adjacency[a] = around = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            around[b] = around.GetValueOrDefault(b) + 1;
        }
    }
}

/// <summary>An overview graph, with how many nodes and edges the filter selects in all (before the cut).</summary>
public sealed record GraphOverview(RelationGraph Graph, int SelectedNodes, int SelectedEdges);
