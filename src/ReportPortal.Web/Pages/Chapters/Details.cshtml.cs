using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Pages.Chapters;

/// <summary>A chapter: its body, its table of contents, its place in the report and its neighbours.</summary>
public sealed class DetailsModel(DocumentQueries queries, PortalDb db) : PageModel
{
    public DocumentDetails Chapter { get; private set; } = null!;
    public DocumentRow? Previous { get; private set; }
    public DocumentRow? Next { get; private set; }
    public int ChapterCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var chapter = await queries.GetAsync(id, ct);
        if (chapter is null || chapter.Row.Kind != "chapter")
        {
            return NotFound();
        }

        if (chapter.Row.Id != id)
        {
            return RedirectPermanent(chapter.Url);
        }

        Chapter = chapter;
        var order = chapter.Row.Order ?? 0;
        var chapters = db.Documents.Where(d => d.Kind == "chapter").WithoutHtml();
        ChapterCount = await chapters.CountAsync(ct);
        Previous = await chapters.Where(d => d.Order < order).OrderByDescending(d => d.Order).FirstOrDefaultAsync(ct);
        Next = await chapters.Where(d => d.Order > order).OrderBy(d => d.Order).FirstOrDefaultAsync(ct);
        return Page();
    }
}
