using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Web.Pages.Glossary;

/// <summary>The glossary: every term and technology, grouped by category, filterable by any of its names.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    public sealed record Entry(DocumentRow Doc, string? Abbr, string Category, IReadOnlyList<string> Names);

    public string? Filter { get; private set; }
    public List<IGrouping<string, Entry>> Groups { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Filter = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var docs = await db.Documents.Where(d => d.Kind == "term" || d.Kind == "technology").WithoutHtml().ToListAsync(ct);
        var ids = docs.Select(d => d.Id).ToList();
        var names = (await db.Names.Where(n => ids.Contains(n.DocumentId)).ToListAsync(ct)).ToLookup(n => n.DocumentId, n => n.Name);
        var entries = docs.Select(d =>
        {
            var fields = System.Text.Json.JsonSerializer.Deserialize<List<InfoboxField>>(d.FieldsJson) ?? [];
            string? Field(string key) => fields.Find(f => f.Key == key) is { Values.Count: > 0 } f ? f.Values[0] : null;
            return new Entry(d, Field("abbr"), Field("category") ?? (d.Kind == "technology" ? "技术" : "其他"), [.. names[d.Id]]);
        }).ToList();
        Total = entries.Count;
        if (Filter is not null)
        {
            var key = Squeeze(Filter);
            entries = [.. entries.Where(e => e.Names.Append(e.Abbr ?? "").Any(n => Squeeze(n).Contains(key, StringComparison.OrdinalIgnoreCase)))];
        }

        Groups = [.. entries.OrderBy(e => e.Doc.TitleEn ?? e.Doc.Title, StringComparer.OrdinalIgnoreCase)
            .GroupBy(e => e.Category).OrderByDescending(g => g.Count())];
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
