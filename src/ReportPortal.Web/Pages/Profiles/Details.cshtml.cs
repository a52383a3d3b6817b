using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Graph;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Web.Highlight;

namespace ReportPortal.Web.Pages.Profiles;

/// <summary>A profile of any kind but chapter: infobox, body, relations both ways, what links here, its events.</summary>
public sealed class ProfileModel(DocumentQueries documents, GraphQueries graphs) : PageModel
{
    public DocumentDetails Doc { get; private set; } = null!;
    public KindSpec Kind { get; private set; } = null!;
    public List<EventRow> Events { get; private set; } = [];
    public RelationGraph Graph { get; private set; } = RelationGraph.Empty;

    /// <summary>The search terms to mark (<c>?h=</c>, set by search result links), or null.</summary>
    [BindProperty(SupportsGet = true, Name = "h")]
    public string? H { get; set; }

    public PageHighlight? Highlight { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, string id, CancellationToken ct)
    {
        var doc = await documents.GetAsync(id, ct);
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
        Highlight = PageHighlight.From(H);
        Kind = spec;
        Events = await documents.EventsOfAsync(id, ct);
        Graph = graphs.Neighbourhood(id);
        return Page();
    }
}
