using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Graph;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Pages.Profiles;

/// <summary>A profile of any kind but chapter: infobox, body, relations both ways, what links here, its events.</summary>
public sealed class DetailsModel(DocumentQueries queries, PortalDb db) : PageModel
{
    public DocumentDetails Doc { get; private set; } = null!;
    public KindSpec Kind { get; private set; } = null!;
    public List<EventRow> Events { get; private set; } = [];
    public RelationGraph Graph { get; private set; } = RelationGraph.Empty;

    public async Task<IActionResult> OnGetAsync(string kind, string id, CancellationToken ct)
    {
        var doc = await queries.GetAsync(id, ct);
        if (doc is null)
        {
            return NotFound();
        }

        var spec = DocumentSchema.ByFolder(doc.Row.Kind)!;
        if (spec.UrlSegment != kind || doc.Row.Id != id)
        {
            return RedirectPermanent(doc.Url); // another kind's address, or an alternate id: send the reader to the page
        }

        Doc = doc;
        Kind = spec;
        Events = await db.Events.Where(e => e.Entities.Contains(id)).OrderBy(e => e.Sort).ToListAsync(ct);
        Graph = await new RelationGraphLoader(db).NeighbourhoodAsync(id, ct: ct);
        return Page();
    }
}
