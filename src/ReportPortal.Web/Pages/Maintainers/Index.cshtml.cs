using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Pages.Maintainers;

/// <summary>For maintainers: every content problem with file and line, and the pages nothing links to.</summary>
public sealed class IndexModel(PortalIndex index, PortalDb db) : PageModel
{
    public IReadOnlyList<ContentProblem> Problems { get; private set; } = [];
    public List<DocumentRef> Orphans { get; private set; } = [];
    public int DocumentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Problems = index.Status.Problems;
        DocumentCount = index.Status.DocumentCount;
        var linked = await db.Links.Where(l => l.FromId != l.ToId).Select(l => l.ToId).Distinct().ToListAsync(ct);
        var related = await db.Relations.Select(r => r.ObjectId).Concat(db.Relations.Select(r => r.SubjectId)).Distinct().ToListAsync(ct);
        var reached = linked.Concat(related).ToHashSet(StringComparer.Ordinal);
        var docs = await db.Documents.Where(d => d.Kind != "chapter").OrderBy(d => d.Kind).ThenBy(d => d.Id).WithoutHtml().ToListAsync(ct);
        Orphans = [.. docs.Where(d => !reached.Contains(d.Id)).Select(DocumentQueries.RefOf)];
    }
}
