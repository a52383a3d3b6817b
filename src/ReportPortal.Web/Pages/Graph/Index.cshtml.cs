using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Graph;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Web.Localization;

namespace ReportPortal.Web.Pages.Graph;

/// <summary>The knowledge graph: filtered by document kinds and relation types, either around one document (its
/// neighbourhood, two steps) or as an overview of the most connected documents. Always with a table of the edges.</summary>
public sealed class GraphModel(GraphQueries graphs, IStringLocalizer t) : PageModel
{
    public const int OverviewSize = 40;
    public const int MaxFocusLength = 200;

    [BindProperty(SupportsGet = true, Name = "kind")]
    public List<string> Kind { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "type")]
    public List<string> Type { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "focus")]
    public string? Focus { get; set; }

    public List<GraphQueries.KindChoice> Kinds { get; private set; } = [];
    public List<IGrouping<string, GraphQueries.TypeChoice>> TypeGroups { get; private set; } = [];

    /// <summary>The kinds and types that filter the graph; empty means no filter.</summary>
    public List<string> SelectedKinds { get; private set; } = [];
    public List<string> SelectedTypes { get; private set; } = [];

    public RelationGraph Graph { get; private set; } = RelationGraph.Empty;

    /// <summary>Set when the graph is the overview (no focus, or a focus not found).</summary>
    public GraphOverview? Overview { get; private set; }
    public GraphNode? FocusNode { get; private set; }
    public string? Message { get; private set; }

    public void OnGet()
    {
        // Unknown and empty values are ignored (an empty query value binds as null); nothing known means no filter.
        SelectedKinds = [.. Kind.Where(k => !string.IsNullOrEmpty(k) && DocumentSchema.ByFolder(k) is not null).Distinct()];
        SelectedTypes = [.. Type.Where(t => !string.IsNullOrEmpty(t) && graphs.IsType(t)).Distinct()];
        var filter = new GraphFilter(
            SelectedKinds.Count == 0 ? null : SelectedKinds.ToHashSet(StringComparer.Ordinal),
            SelectedTypes.Count == 0 ? null : SelectedTypes.ToHashSet(StringComparer.Ordinal));
        Kinds = graphs.KindChoices(SelectedKinds);
        TypeGroups = graphs.TypeChoices(SelectedTypes);

        Focus = Focus?.Trim();
        if (!string.IsNullOrEmpty(Focus))
        {
            var doc = Focus.Length > MaxFocusLength ? null : graphs.Resolve(Focus);
            if (doc is not null && graphs.Data.Documents.ContainsKey(doc.Id))
            {
                Graph = graphs.Neighbourhood(doc.Id, filter);
                FocusNode = Graph.Centre;
                if (Graph.Edges.Count == 0)
                {
                    Message = t["在当前筛选条件下，「{0}」没有可显示的关系。", UiStrings.NameOf(FocusNode!.Title, FocusNode.TitleEn)];
                }

                return;
            }

            Message = t["没有找到“{0}”。请输入条目编号（如 openai），或完整的中文名、英文名或别名（如 微软、Microsoft）。", Focus.Length > 40 ? Focus[..40] + "…" : Focus];
        }

        Overview = RelationGraph.Overview(graphs.Data, filter, OverviewSize);
        Graph = Overview.Graph;
    }

    /// <summary>This page's address with the current filters and another focus (or none).</summary>
    public string UrlWith(string? focus)
    {
        var query = SelectedKinds.Select(k => "kind=" + Uri.EscapeDataString(k))
            .Concat(SelectedTypes.Select(t => "type=" + Uri.EscapeDataString(t)))
            .Concat(focus is null ? [] : ["focus=" + Uri.EscapeDataString(focus)]);
        var q = string.Join("&", query);
        return q.Length == 0 ? "/graph" : "/graph?" + q;
    }
}
