using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Web.Pages;

/// <summary>Home: the report, its chapters in order, and the ways into the knowledge base.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    public ReportInfo Report { get; private set; } = new();
    public List<DocumentRow> Chapters { get; private set; } = [];
    public List<(KindSpec Kind, int Count)> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var report = await db.Meta.Where(m => m.Key == "report").Select(m => m.Value).FirstOrDefaultAsync(ct);
        Report = report is null ? new ReportInfo() : JsonSerializer.Deserialize<ReportInfo>(report) ?? new ReportInfo();
        Chapters = await db.Documents.Where(d => d.Kind == "chapter").OrderBy(d => d.Order).WithoutHtml().ToListAsync(ct);
        var counts = await db.Documents.GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Kinds = [.. DocumentSchema.Kinds.Where(k => k.Kind != DocumentKind.Chapter && counts.ContainsKey(k.Folder)).Select(k => (k, counts[k.Folder]))];
    }
}
