using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Web.Pages.Map;

/// <summary>The report's industry map, built from the <c>layer</c> and <c>segment</c> fields of companies,
/// organisations and products: four layers, one block per segment.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    /// <summary>What goes under a segment when a document has a layer but no segment.</summary>
    public const string OtherSegment = "其他";

    /// <summary>The layers in the order the report gives them, with a slug for anchors and a one-line explanation.</summary>
    public static readonly IReadOnlyList<LayerSpec> LayerSpecs =
    [
        new("上游", "upstream", "数据服务", "为模型训练提供数据：数据查询与处理、转换与编排、标注与管理、治理与合规。"),
        new("中游", "midstream", "算法与模型", "研发和提供算法模型的 AI 实验室、企业研究院与开源社区。"),
        new("下游", "downstream", "按模态划分的应用", "把模型落地到文本、音频、图片、视频等内容的生成与处理。"),
        new("算力", "compute", "芯片、服务器与云", "支撑训练与推理的芯片、AI 服务器、网络设备和云计算。"),
    ];

    private static readonly string[] s_kinds = ["company", "organisation", "product"];

    public sealed record LayerSpec(string Name, string Slug, string Theme, string Description);

    public sealed record Entry(DocumentRow Doc, string Url, string KindName);

    public sealed record Segment(string Name, IReadOnlyList<Entry> Entries);

    public sealed record Layer(LayerSpec Spec, IReadOnlyList<Segment> Segments)
    {
        public int Count => Segments.Sum(s => s.Entries.Count);
    }

    public List<Layer> Layers { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var docs = await db.Documents.Where(d => s_kinds.Contains(d.Kind)).WithoutHtml().ToListAsync(ct);
        var placed = docs.Select(d =>
        {
            var fields = JsonSerializer.Deserialize<List<InfoboxField>>(d.FieldsJson) ?? [];
            string? Field(string key) => fields.Find(f => f.Key == key) is { Values.Count: > 0 } f && !string.IsNullOrWhiteSpace(f.Values[0]) ? f.Values[0].Trim() : null;
            return (Doc: d, Layer: Field("layer"), Segment: Field("segment") ?? OtherSegment);
        }).Where(p => p.Layer is not null).ToList();
        Total = placed.Count;

        // The four layers of the report first; a layer value outside them still gets a section, after them.
        var specs = LayerSpecs.Concat(placed.Select(p => p.Layer!).Distinct(StringComparer.Ordinal)
            .Where(l => LayerSpecs.All(s => s.Name != l)).Order(StringComparer.Ordinal)
            .Select((l, i) => new LayerSpec(l, "other-" + (i + 1), l, "")));
        Layers = [.. specs.Select(spec => new Layer(spec, [.. placed.Where(p => p.Layer == spec.Name)
            .GroupBy(p => p.Segment, StringComparer.Ordinal)
            .OrderBy(g => g.Key == OtherSegment)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Segment(g.Key, [.. g
                .OrderBy(p => Array.IndexOf(s_kinds, p.Doc.Kind))
                .ThenBy(p => p.Doc.TitleEn ?? p.Doc.Title, StringComparer.OrdinalIgnoreCase)
                .Select(p => new Entry(p.Doc, DocumentSchema.UrlOf(p.Doc.Kind, p.Doc.Id), DocumentSchema.ByFolder(p.Doc.Kind)?.Name ?? p.Doc.Kind))]))]))];
    }
}
