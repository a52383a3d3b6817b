using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Web.Pages.Profiles;

/// <summary>Every document of one kind, with its English name and summary.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    public KindSpec Kind { get; private set; } = null!;
    public List<DocumentRow> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken ct)
    {
        Kind = DocumentSchema.ByUrlSegment(kind)!;
        Documents = await db.Documents.Where(d => d.Kind == Kind.Folder).WithoutHtml().ToListAsync(ct);
        Documents.Sort((a, b) => string.Compare(a.TitleEn ?? a.Title, b.TitleEn ?? b.Title, StringComparison.OrdinalIgnoreCase));
        return Page();
    }
}
