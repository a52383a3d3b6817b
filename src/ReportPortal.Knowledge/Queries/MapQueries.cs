using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Queries;

/// <summary>The report's industry map, built from the <c>layer</c> and <c>segment</c> fields of companies,
/// organisations and products: the four layers of <see cref="IndustryLayers"/>, one block per segment.</summary>
public sealed class MapQueries(KnowledgeSnapshot snapshot)
{
    public sealed record Entry(DocumentEntry Doc, string KindName);

    public sealed record Segment(string Name, IReadOnlyList<Entry> Entries);

    public sealed record Layer(IndustryLayer Spec, IReadOnlyList<Segment> Segments)
    {
        public int Count => Segments.Sum(s => s.Entries.Count);
    }

    /// <summary>The layers (the report's four first; any other layer value after them) and how many documents are placed.</summary>
    public (List<Layer> Layers, int Total) Layers()
    {
        var placed = snapshot.Documents.Ordered.Where(d => IndustryLayers.Kinds.Contains(d.Kind))
            .Select(d => (Doc: d, Layer: d.Field("layer"), Segment: d.Field("segment") ?? IndustryLayers.OtherSegment))
            .Where(p => p.Layer is not null).ToList();
        var specs = IndustryLayers.All.Concat(placed.Select(p => p.Layer!).Distinct(StringComparer.Ordinal)
            .Where(l => IndustryLayers.All.All(s => s.Name != l)).Order(StringComparer.Ordinal)
            .Select((l, i) => new IndustryLayer(l, "other-" + (i + 1), l, "")));
        var layers = specs.Select(spec => new Layer(spec, [.. placed.Where(p => p.Layer == spec.Name)
            .GroupBy(p => p.Segment, StringComparer.Ordinal)
            .OrderBy(g => g.Key == IndustryLayers.OtherSegment)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Segment(g.Key, [.. g
                .OrderBy(p => IndustryLayers.Kinds.ToList().IndexOf(p.Doc.Kind))
                .ThenBy(p => p.Doc.TitleEn ?? p.Doc.Title, StringComparer.OrdinalIgnoreCase)
                .Select(p => new Entry(p.Doc, DocumentSchema.ByFolder(p.Doc.Kind)?.Name ?? p.Doc.Kind))]))]));
        return ([.. layers], placed.Count);
    }
}
