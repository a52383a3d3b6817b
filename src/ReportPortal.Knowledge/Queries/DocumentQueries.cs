using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Queries;

/// <summary>Documents for pages and the JSON API: lists and previews from the snapshot's memory, a whole document
/// (body, relations, backlinks) from its index file.</summary>
public sealed class DocumentQueries(KnowledgeSnapshot snapshot, PortalDb db)
{
    private DocumentCatalog Catalog => snapshot.Documents;

    public static DocumentRef RefOf(DocumentEntry d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.Kind, d.Title, d.TitleEn, d.Url);
    }

    /// <summary>Every document, or those of one kind (a folder name), by order and title.</summary>
    public List<DocumentRef> List(string? kind) =>
        [.. (kind is null ? Catalog.Ordered : Catalog.OfKind(kind)).Select(RefOf)];

    /// <summary>Every document of one kind (a folder name), without bodies.</summary>
    public List<DocumentEntry> OfKind(string kind) => [.. Catalog.OfKind(kind)];

    /// <summary>The document with this id or alternate id, without its body.</summary>
    public DocumentEntry? Find(string id) => Catalog.Find(id);

    /// <summary>The chapters in the report's order.</summary>
    public List<DocumentEntry> Chapters() => [.. Catalog.OfKind("chapter").OrderBy(c => c.Order)];

    /// <summary>The chapters before and after the one at <paramref name="order"/>, if any.</summary>
    public (DocumentEntry? Previous, DocumentEntry? Next) ChapterNeighbours(int order)
    {
        var chapters = Chapters();
        return (chapters.LastOrDefault(c => c.Order < order), chapters.FirstOrDefault(c => c.Order > order));
    }

    /// <summary>Every kind but chapter that has documents, in schema order, with its count.</summary>
    public List<(KindSpec Kind, int Count)> ProfileKindCounts()
    {
        var counts = Catalog.Ordered.CountBy(d => d.Kind).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return [.. DocumentSchema.Kinds.Where(k => k.Kind != DocumentKind.Chapter && counts.ContainsKey(k.Folder)).Select(k => (k, counts[k.Folder]))];
    }

    /// <summary>The timeline events that name a document, in date order.</summary>
    public Task<List<EventRow>> EventsOfAsync(string id, CancellationToken ct = default) =>
        db.Events.Where(e => e.Entities.Contains(id)).OrderBy(e => e.Sort).ToListAsync(ct);

    /// <summary>The document with this id, or with this alternate id (then <c>Row.Id</c> is the canonical id).</summary>
    public async Task<DocumentDetails?> GetAsync(string id, CancellationToken ct = default)
    {
        if (Catalog.Find(id) is not { } entry || await db.Documents.FirstOrDefaultAsync(d => d.Id == entry.Id, ct) is not { } row)
        {
            return null;
        }

        id = row.Id;
        var sections = await db.Sections.Where(s => s.DocumentId == id && s.Anchor != "").OrderBy(s => s.Ordinal)
            .Select(s => new SectionRef(s.Anchor, s.Title, s.Level)).ToListAsync(ct);
        var relations = await db.Relations.Where(r => r.SubjectId == id || r.ObjectId == id).ToListAsync(ct);
        var links = await db.Links.Where(l => l.ToId == id && l.FromId != id).ToListAsync(ct);
        var sources = row.Sources.Select(SourceReference.Parse).ToList();
        var sectionTitles = await SectionTitlesAsync(links.Select(l => l.FromId).Concat(sources.Select(s => s.ChapterId)), ct);

        return new DocumentDetails(
            row,
            entry.Url,
            [.. entry.Aliases],
            [.. entry.Infobox.Select(InfoboxLineOf)],
            [.. relations.Where(r => Catalog.ById.ContainsKey(r.SubjectId == id ? r.ObjectId : r.SubjectId))
                .Select(r => ViewOf(r, id))
                .OrderBy(r => r.Group).ThenBy(r => r.Label).ThenBy(r => r.Date ?? "")],
            Backlinks(links, sectionTitles),
            sections,
            [.. sources.Select(s => SourceOf(s, sectionTitles))]);
    }

    private InfoboxLine InfoboxLineOf(InfoboxField f) =>
        new(f.Key, f.Label, f.LabelEn, [.. f.Values.Select(v => f.IsIdReference && Catalog.ById.TryGetValue(v, out var o)
            ? new InfoboxValue(o.Title, RefOf(o))
            : new InfoboxValue(v, null))]);

    private List<Backlink> Backlinks(List<LinkRow> links, Dictionary<(string, string), string> sectionTitles) =>
        [.. links.GroupBy(l => l.FromId).Where(g => Catalog.ById.ContainsKey(g.Key))
            .Select(g =>
            {
                var ordered = g.OrderBy(l => l.Line).ToList();
                var first = ordered[0];
                sectionTitles.TryGetValue((g.Key, first.FromAnchor), out var title);
                var from = RefOf(Catalog.ById[g.Key]);
                var mentions = ordered.Select(l => new Mention(
                    DocumentSchema.UrlOf(from.Kind, from.Id, l.FromAnchor.Length == 0 ? null : l.FromAnchor),
                    sectionTitles.GetValueOrDefault((g.Key, l.FromAnchor)), l.Context, l.IsAutomatic)).ToList();
                return new Backlink(from, first.FromAnchor.Length == 0 ? null : first.FromAnchor, title, g.Count(), mentions);
            })
            .OrderBy(b => b.From.Kind == "chapter" ? 0 : 1).ThenBy(b => Catalog.ById[b.From.Id].Order).ThenBy(b => b.From.Title)];

    private RelationView ViewOf(RelationRow r, string id)
    {
        var outgoing = r.SubjectId == id;
        snapshot.Graph.Types.TryGetValue(r.Type, out var type);
        var label = outgoing ? type?.Label ?? r.Type : type?.Inverse ?? r.Type + "（被）";
        return new RelationView(r.Type, label, type?.Group ?? "其他", outgoing, RefOf(Catalog.ById[outgoing ? r.ObjectId : r.SubjectId]),
            r.Date, r.Amount, r.Note, r.Source);
    }

    private async Task<Dictionary<(string, string), string>> SectionTitlesAsync(IEnumerable<string> docIds, CancellationToken ct)
    {
        var ids = docIds.Distinct().ToList();
        var rows = await db.Sections.Where(s => ids.Contains(s.DocumentId) && s.Anchor != "")
            .Select(s => new { s.DocumentId, s.Anchor, s.Title }).ToListAsync(ct);
        return rows.GroupBy(s => (s.DocumentId, s.Anchor)).ToDictionary(g => g.Key, g => g.First().Title);
    }

    private SourceRef SourceOf(SourceReference source, Dictionary<(string, string), string> sectionTitles)
    {
        if (!Catalog.ById.TryGetValue(source.ChapterId, out var chapter))
        {
            return new SourceRef(source.ToString(), null);
        }

        var section = source.Anchor is { } anchor && sectionTitles.TryGetValue((chapter.Id, anchor), out var t) ? t : null;
        return new SourceRef(section is null ? chapter.Title : $"{chapter.Title} · {section}",
            DocumentSchema.UrlOf(chapter.Kind, chapter.Id, section is null ? null : source.Anchor));
    }
}
