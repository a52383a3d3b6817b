using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Catalog;

/// <summary>Every document of one index in memory (without bodies), read once when a snapshot opens: lists, links,
/// previews, name lookups and the search tiers need no query. The one place where ids, alternate ids and names
/// are resolved to documents.</summary>
public sealed class DocumentCatalog
{
    private readonly Dictionary<string, DocumentEntry> _byId;
    private readonly Dictionary<string, string> _alternates;

    private DocumentCatalog(Dictionary<string, DocumentEntry> byId, Dictionary<string, string> alternates,
        Dictionary<string, string[]> byNameKey, Dictionary<long, (string DocumentId, int Ordinal)> sections)
    {
        _byId = byId;
        _alternates = alternates;
        ByNameKey = byNameKey;
        Sections = sections;
        Ordered = [.. byId.Values.OrderBy(d => d.Order).ThenBy(d => d.Title, StringComparer.Ordinal)];
    }

    /// <summary>Every document, by order (chapters) and then by title.</summary>
    public IReadOnlyList<DocumentEntry> Ordered { get; }

    public int Count => _byId.Count;

    public IReadOnlyDictionary<string, DocumentEntry> ById => _byId;

    /// <summary>Document ids by name key (<see cref="NameKey"/>): exact-name lookups.</summary>
    public IReadOnlyDictionary<string, string[]> ByNameKey { get; }

    /// <summary>Section by id, which is also its row id in the full-text table.</summary>
    public IReadOnlyDictionary<long, (string DocumentId, int Ordinal)> Sections { get; }

    public IEnumerable<DocumentEntry> OfKind(string kind) => Ordered.Where(d => d.Kind == kind);

    /// <summary>The document with this id, or with this alternate id (then its <c>Id</c> is the canonical one).</summary>
    public DocumentEntry? Find(string? id) =>
        id is null ? null : _byId.GetValueOrDefault(id) ?? (_alternates.TryGetValue(id, out var to) ? _byId.GetValueOrDefault(to) : null);

    /// <summary>The document that <paramref name="text"/> names: an id, an alternate id, or else an exact title, English
    /// name or alias (case and white space ignored; a title wins over an English name over an alias).</summary>
    public DocumentEntry? FindByName(string? text)
    {
        var wanted = text?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return null;
        }

        if (Find(wanted) is { } byId)
        {
            return byId;
        }

        var key = NameKey.Of(wanted);
        return (ByNameKey.GetValueOrDefault(key) ?? [])
            .Select(id => _byId[id])
            .SelectMany(d => d.Names.Where(n => n.Key == key).Select(n => (Doc: d, Rank: n.Role switch { "title" => 0, "title_en" => 1, _ => 2 })))
            .OrderBy(x => x.Rank).ThenBy(x => x.Doc.Id, StringComparer.Ordinal)
            .Select(x => x.Doc).FirstOrDefault();
    }

    public static DocumentCatalog Load(PortalDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var names = db.Names.AsNoTracking().OrderBy(n => n.Id).ToList().ToLookup(n => n.DocumentId);
        var byId = db.Documents.AsNoTracking().WithoutHtml().AsEnumerable()
            .ToDictionary(d => d.Id, d => new DocumentEntry(d.Id, d.Kind, d.Title, d.TitleEn, d.Summary, d.Order, d.Number, d.Sources,
                JsonSerializer.Deserialize<List<InfoboxField>>(d.FieldsJson) ?? [], [.. names[d.Id]]), StringComparer.Ordinal);
        var byName = names.SelectMany(g => g).GroupBy(n => n.Key)
            .ToDictionary(g => g.Key, g => g.Select(n => n.DocumentId).Distinct().ToArray(), StringComparer.Ordinal);
        var sections = db.Sections.AsNoTracking().Select(s => new { s.Id, s.DocumentId, s.Ordinal })
            .AsEnumerable().ToDictionary(s => (long)s.Id, s => (s.DocumentId, s.Ordinal));
        var alternates = db.Redirects.AsNoTracking().ToDictionary(r => r.FromId, r => r.ToId, StringComparer.Ordinal);
        return new DocumentCatalog(byId, alternates, byName, sections);
    }
}
