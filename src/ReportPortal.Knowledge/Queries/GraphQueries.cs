using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Graph;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Queries;

/// <summary>Relation graphs from the snapshot's graph data (held in memory): a document's neighbourhood, the
/// overview, and the filter choices the graph page offers.</summary>
public sealed class GraphQueries(KnowledgeSnapshot snapshot)
{
    public sealed record KindChoice(KindSpec Spec, int Count, bool Selected);

    public sealed record TypeChoice(RelationTypeRow Type, int Count, bool Selected);

    public GraphData Data => snapshot.Graph;

    /// <summary>The neighbourhood of one document (see <see cref="RelationGraph.Neighbourhood"/>).</summary>
    public RelationGraph Neighbourhood(string id, GraphFilter? filter = null, GraphLimits? limits = null) =>
        RelationGraph.Neighbourhood(Data, id, filter, limits);

    /// <summary>The document that <paramref name="text"/> names (id, alternate id or exact name), or null.</summary>
    public DocumentEntry? Resolve(string? text) => snapshot.Documents.FindByName(text);

    /// <summary>The document kinds that appear in some relation, in schema order, with their counts.</summary>
    public List<KindChoice> KindChoices(IReadOnlyCollection<string> selected)
    {
        var used = Data.Relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId })
            .Select(id => Data.Documents.GetValueOrDefault(id)?.Kind).OfType<string>()
            .CountBy(k => k).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return [.. DocumentSchema.Kinds.Where(k => used.ContainsKey(k.Folder))
            .Select(k => new KindChoice(k, used[k.Folder], selected.Contains(k.Folder)))];
    }

    /// <summary>The relation types in use, by group (in <see cref="RelationGroups"/> order) and label.</summary>
    public List<IGrouping<string, TypeChoice>> TypeChoices(IReadOnlyCollection<string> selected)
    {
        var used = UsedTypes();
        return [.. used.Keys
            .Select(t => Data.Types.GetValueOrDefault(t) ?? new RelationTypeRow { Key = t, Label = t, Inverse = t, Group = "其他" })
            .Select(t => new TypeChoice(t, used[t.Key], selected.Contains(t.Key)))
            .OrderBy(c => c.Type.Label, StringComparer.Ordinal).ThenBy(c => c.Type.Key, StringComparer.Ordinal)
            .GroupBy(c => c.Type.Group)
            .OrderBy(g => RelationGroups.RankOf(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    /// <summary>True when <paramref name="type"/> is a known relation type or one in use.</summary>
    public bool IsType(string type) => Data.Types.ContainsKey(type) || UsedTypes().ContainsKey(type);

    private Dictionary<string, int> UsedTypes() =>
        Data.Relations.CountBy(r => r.Type).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
