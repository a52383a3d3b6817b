using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Search;

/// <summary>What search needs to know about every document besides the full-text table, held in memory once per
/// index: kind, titles and summary, and every name by its key. Search then needs only the FTS5 query and one read
/// of the matched sections.</summary>
public sealed class SearchCatalog
{
    public sealed record Entry(string Id, string Kind, string Title, string? TitleEn, string Summary, IReadOnlyList<string> NameKeys)
    {
        /// <summary>All name keys in one string, separated by a character no key contains: one search for one term.</summary>
        public string JoinedNameKeys { get; } = string.Join('\u0001', NameKeys);
    }

    private SearchCatalog(Dictionary<string, Entry> documents, Dictionary<string, string[]> byName, IReadOnlyList<NameRow> names,
        Dictionary<long, (string DocumentId, int Ordinal)> sections)
    {
        Documents = documents;
        ByNameKey = byName;
        Names = names;
        Sections = sections;
    }

    /// <summary>Section by id, which is also its row id in the full-text table.</summary>
    public IReadOnlyDictionary<long, (string DocumentId, int Ordinal)> Sections { get; }

    public IReadOnlyDictionary<string, Entry> Documents { get; }

    /// <summary>Document ids by name key (<see cref="ContentChecks.NameKey"/>): exact-name lookups.</summary>
    public IReadOnlyDictionary<string, string[]> ByNameKey { get; }

    public IReadOnlyList<NameRow> Names { get; }

    public static SearchCatalog Load(PortalDb db)
    {
        var names = db.Names.AsNoTracking().ToList();
        var keysByDoc = names.ToLookup(n => n.DocumentId, n => n.Key);
        var documents = db.Documents.AsNoTracking()
            .Select(d => new { d.Id, d.Kind, d.Title, d.TitleEn, d.Summary }).AsEnumerable()
            .ToDictionary(d => d.Id, d => new Entry(d.Id, d.Kind, d.Title, d.TitleEn, d.Summary, [.. keysByDoc[d.Id].Distinct()]), StringComparer.Ordinal);
        var byName = names.GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.Select(n => n.DocumentId).Distinct().ToArray(), StringComparer.Ordinal);
        var sections = db.Sections.AsNoTracking().Select(s => new { s.Id, s.DocumentId, s.Ordinal })
            .AsEnumerable().ToDictionary(s => (long)s.Id, s => (s.DocumentId, s.Ordinal));
        return new SearchCatalog(documents, byName, names, sections);
    }
}
