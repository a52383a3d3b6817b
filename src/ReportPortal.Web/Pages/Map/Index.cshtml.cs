using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Pages.Map;

/// <summary>The report's industry map: four layers, one block per segment (see <see cref="MapQueries"/>).</summary>
public sealed class MapModel(MapQueries map) : PageModel
{
    public const string OtherSegment = IndustryLayers.OtherSegment;

    public List<MapQueries.Layer> Layers { get; private set; } = [];
    public int Total { get; private set; }

    public void OnGet() => (Layers, Total) = map.Layers();
}
