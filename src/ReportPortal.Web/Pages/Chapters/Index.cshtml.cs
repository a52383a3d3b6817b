using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Web.Pages.Chapters;

/// <summary>The report's contents: every chapter in order with its summary.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    public List<DocumentRow> Chapters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Chapters = await db.Documents.Where(d => d.Kind == "chapter").OrderBy(d => d.Order).WithoutHtml().ToListAsync(ct);
}
