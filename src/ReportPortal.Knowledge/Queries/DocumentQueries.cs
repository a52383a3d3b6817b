using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Queries;

/// <summary>Reads documents out of the index for pages and the JSON API.</summary>
public sealed class DocumentQueries(PortalDb db)
{
    public static DocumentRef RefOf(DocumentRow d) => new(d.Id, d.Kind, d.Title, d.TitleEn, DocumentSchema.UrlOf(d.Kind, d.Id));

    public async Task<List<DocumentRef>> ListAsync(string? kind, CancellationToken ct = default)
    {
        var query = db.Documents.WithoutHtml();
        if (kind is not null)
        {
            query = query.Where(d => d.Kind == kind);
        }

        var rows = await query.OrderBy(d => d.Order).ThenBy(d => d.Title).ToListAsync(ct);
        return [.. rows.Select(RefOf)];
    }

    /// <summary>The document with this id, or with this alternate id (then <c>Row.Id</c> is the canonical id).</summary>
    public async Task<DocumentDetails?> GetAsync(string id, CancellationToken ct = default)
    {
        var row = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (row is null && await db.Redirects.Where(r => r.FromId == id).Select(r => r.ToId).FirstOrDefaultAsync(ct) is { } to)
        {
            row = await db.Documents.FirstOrDefaultAsync(d => d.Id == to, ct);
        }

        if (row is null)
        {
            return null;
        }

        id = row.Id;

        var aliases = await db.Names.Where(n => n.DocumentId == id && n.Role == "alias").Select(n => n.Name).ToListAsync(ct);
        var sections = await db.Sections.Where(s => s.DocumentId == id && s.Anchor != "").OrderBy(s => s.Ordinal)
            .Select(s => new SectionRef(s.Anchor, s.Title, s.Level)).ToListAsync(ct);
        var fields = JsonSerializer.Deserialize<List<InfoboxField>>(row.FieldsJson) ?? [];
        var relations = await db.Relations.Where(r => r.SubjectId == id || r.ObjectId == id).ToListAsync(ct);
        var links = await db.Links.Where(l => l.ToId == id && l.FromId != id).ToListAsync(ct);

        var otherIds = relations.Select(r => r.SubjectId == id ? r.ObjectId : r.SubjectId)
            .Concat(links.Select(l => l.FromId))
            .Concat(fields.Where(f => f.IsIdReference).SelectMany(f => f.Values))
            .Concat(row.Sources.Select(s => s.Split('#')[0]))
            .Distinct().ToList();
        var others = await db.Documents.Where(d => otherIds.Contains(d.Id)).WithoutHtml().ToDictionaryAsync(d => d.Id, ct);
        var types = await db.RelationTypes.ToDictionaryAsync(t => t.Key, ct);
        var sectionTitles = await SectionTitlesAsync(links.Select(l => l.FromId).Concat(row.Sources.Select(s => s.Split('#')[0])), ct);

        return new DocumentDetails(
            row,
            DocumentSchema.UrlOf(row.Kind, row.Id),
            aliases,
            [.. fields.Select(f => new InfoboxLine(f.Key, f.Label, f.LabelEn,
                [.. f.Values.Select(v => new InfoboxValue(f.IsIdReference && others.TryGetValue(v, out var o) ? o.Title : v,
                    f.IsIdReference && others.TryGetValue(v, out var d) ? RefOf(d) : null))]))],
            [.. relations.Where(r => others.ContainsKey(r.SubjectId == id ? r.ObjectId : r.SubjectId))
                .Select(r => ViewOf(r, id, types, others))
                .OrderBy(r => r.Group).ThenBy(r => r.Label).ThenBy(r => r.Date ?? "")],
            [.. links.GroupBy(l => l.FromId).Where(g => others.ContainsKey(g.Key))
                .Select(g =>
                {
                    var ordered = g.OrderBy(l => l.Line).ToList();
                    var first = ordered[0];
                    sectionTitles.TryGetValue((g.Key, first.FromAnchor), out var title);
                    var from = RefOf(others[g.Key]);
                    var mentions = ordered.Select(l => new Mention(
                        DocumentSchema.UrlOf(from.Kind, from.Id, l.FromAnchor.Length == 0 ? null : l.FromAnchor),
                        sectionTitles.GetValueOrDefault((g.Key, l.FromAnchor)), l.Context, l.IsAutomatic)).ToList();
                    return new Backlink(from, first.FromAnchor.Length == 0 ? null : first.FromAnchor, title, g.Count(), mentions);
                })
                .OrderBy(b => b.From.Kind == "chapter" ? 0 : 1).ThenBy(b => others[b.From.Id].Order).ThenBy(b => b.From.Title)],
            sections,
            [.. row.Sources.Select(s => SourceOf(s, others, sectionTitles))]);
    }

    private static RelationView ViewOf(RelationRow r, string id, Dictionary<string, RelationTypeRow> types, Dictionary<string, DocumentRow> others)
    {
        var outgoing = r.SubjectId == id;
        types.TryGetValue(r.Type, out var type);
        var label = outgoing ? type?.Label ?? r.Type : type?.Inverse ?? r.Type + "（被）";
        return new RelationView(r.Type, label, type?.Group ?? "其他", outgoing, RefOf(others[outgoing ? r.ObjectId : r.SubjectId]),
            r.Date, r.Amount, r.Note, r.Source);
    }

    private async Task<Dictionary<(string, string), string>> SectionTitlesAsync(IEnumerable<string> docIds, CancellationToken ct)
    {
        var ids = docIds.Distinct().ToList();
        var rows = await db.Sections.Where(s => ids.Contains(s.DocumentId) && s.Anchor != "")
            .Select(s => new { s.DocumentId, s.Anchor, s.Title }).ToListAsync(ct);
        return rows.ToDictionary(s => (s.DocumentId, s.Anchor), s => s.Title);
    }

    private static SourceRef SourceOf(string source, Dictionary<string, DocumentRow> docs, Dictionary<(string, string), string> sectionTitles)
    {
        var parts = source.Split('#', 2);
        if (!docs.TryGetValue(parts[0], out var chapter))
        {
            return new SourceRef(source, null);
        }

        var anchor = parts.Length > 1 ? parts[1] : null;
        var section = anchor is not null && sectionTitles.TryGetValue((chapter.Id, anchor), out var t) ? t : null;
        return new SourceRef(section is null ? chapter.Title : $"{chapter.Title} · {section}",
            DocumentSchema.UrlOf(chapter.Kind, chapter.Id, section is null ? null : anchor));
    }
}
