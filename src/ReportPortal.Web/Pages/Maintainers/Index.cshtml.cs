using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Pages.Maintainers;

/// <summary>For maintainers: every content problem with file and line, and the pages nothing links to.</summary>
public sealed class MaintainersModel(KnowledgeSnapshot snapshot, MaintenanceQueries maintenance) : PageModel
{
    public IReadOnlyList<ContentProblem> Problems { get; private set; } = [];
    public List<DocumentRef> Orphans { get; private set; } = [];
    public int DocumentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Problems = snapshot.Problems;
        DocumentCount = snapshot.Documents.Count;
        Orphans = await maintenance.OrphansAsync(ct);
    }
}
