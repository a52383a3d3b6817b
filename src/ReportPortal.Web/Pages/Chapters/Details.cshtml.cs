using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Web.Highlight;

namespace ReportPortal.Web.Pages.Chapters;

/// <summary>A chapter: its body, its table of contents, its place in the report and its neighbours.</summary>
public sealed class ChapterModel(DocumentQueries documents) : PageModel
{
    public DocumentDetails Chapter { get; private set; } = null!;
    public DocumentEntry? Previous { get; private set; }
    public DocumentEntry? Next { get; private set; }
    public int ChapterCount { get; private set; }

    /// <summary>The search terms to mark (<c>?h=</c>, set by search result links), or null.</summary>
    [BindProperty(SupportsGet = true, Name = "h")]
    public string? H { get; set; }

    public PageHighlight? Highlight { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var chapter = await documents.GetAsync(id, ct);
        if (chapter is null || chapter.Row.Kind != "chapter")
        {
            return NotFound();
        }

        if (chapter.Row.Id != id)
        {
            return RedirectPermanent(chapter.Url);
        }

        Chapter = chapter;
        Highlight = PageHighlight.From(H);
        ChapterCount = documents.Chapters().Count;
        (Previous, Next) = documents.ChapterNeighbours(chapter.Row.Order ?? 0);
        return Page();
    }
}
