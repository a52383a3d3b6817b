using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Queries;

/// <summary>The glossary: every term and technology with its abbreviation, category and names.</summary>
public sealed class GlossaryQueries(KnowledgeSnapshot snapshot)
{
    public sealed record Entry(DocumentEntry Doc, string? Abbr, string Category, IReadOnlyList<string> Names);

    /// <summary>Every glossary entry, or those any of whose names (or abbreviation) contains <paramref name="filter"/>
    /// (case and white space ignored), grouped by category, largest first, each sorted by English name.</summary>
    public (List<IGrouping<string, Entry>> Groups, int Total) Entries(string? filter)
    {
        var entries = snapshot.Documents.Ordered.Where(d => d.Kind is "term" or "technology")
            .Select(d => new Entry(d, First(d, "abbr"), First(d, "category") ?? (d.Kind == "technology" ? "技术" : "其他"),
                [.. d.Names.Select(n => n.Name)]))
            .ToList();
        var total = entries.Count;
        if (filter is not null)
        {
            var key = Squeeze(filter);
            entries = [.. entries.Where(e => e.Names.Append(e.Abbr ?? "").Any(n => Squeeze(n).Contains(key, StringComparison.OrdinalIgnoreCase)))];
        }

        return ([.. entries.OrderBy(e => e.Doc.TitleEn ?? e.Doc.Title, StringComparer.OrdinalIgnoreCase)
            .GroupBy(e => e.Category).OrderByDescending(g => g.Count())], total);
    }

    private static string? First(DocumentEntry d, string key) =>
        d.Infobox.FirstOrDefault(f => f.Key == key) is { Values.Count: > 0 } f ? f.Values[0] : null;

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
