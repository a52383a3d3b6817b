using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Queries;

/// <summary>For maintainers: the pages nothing reaches (no link from another page and no relation).</summary>
public sealed class MaintenanceQueries(KnowledgeSnapshot snapshot, PortalDb db)
{
    public async Task<List<DocumentRef>> OrphansAsync(CancellationToken ct = default)
    {
        var linked = await db.Links.Where(l => l.FromId != l.ToId).Select(l => l.ToId).Distinct().ToListAsync(ct);
        var reached = linked.Concat(snapshot.Graph.Relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }))
            .ToHashSet(StringComparer.Ordinal);
        return [.. snapshot.Documents.Ordered.Where(d => d.Kind != "chapter" && !reached.Contains(d.Id))
            .OrderBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(DocumentQueries.RefOf)];
    }
}
