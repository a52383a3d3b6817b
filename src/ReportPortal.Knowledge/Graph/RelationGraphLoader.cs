using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Graph;

/// <summary>Reads relations, documents and relation types out of the index for <see cref="RelationGraph"/>.</summary>
public sealed class RelationGraphLoader(PortalDb db)
{
    /// <summary>Every relation, document (without its text) and relation type.</summary>
    public async Task<GraphData> LoadAsync(CancellationToken ct = default) =>
        new(await db.Relations.ToListAsync(ct), await Documents().ToListAsync(ct), await db.RelationTypes.ToListAsync(ct));

    /// <summary>The neighbourhood of one document (see <see cref="RelationGraph.Neighbourhood"/>), read with only the
    /// relations it needs: those of the document and those of each of its neighbours.</summary>
    public async Task<RelationGraph> NeighbourhoodAsync(string id, GraphFilter? filter = null, GraphLimits? limits = null, CancellationToken ct = default)
    {
        var own = await db.Relations.Where(r => r.SubjectId == id || r.ObjectId == id).ToListAsync(ct);
        var neighbours = own.Select(r => r.SubjectId == id ? r.ObjectId : r.SubjectId).Where(n => n != id).Distinct().ToList();
        var theirs = await db.Relations.Where(r => neighbours.Contains(r.SubjectId) || neighbours.Contains(r.ObjectId)).ToListAsync(ct);
        var relations = own.Concat(theirs).DistinctBy(r => r.Id).ToList();
        var ids = relations.Select(r => r.SubjectId).Concat(relations.Select(r => r.ObjectId)).Append(id).Distinct().ToList();
        var documents = await Documents().Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var data = new GraphData(relations, documents, await db.RelationTypes.ToListAsync(ct));
        return RelationGraph.Neighbourhood(data, id, filter, limits);
    }

    /// <summary>The id of the document that <paramref name="text"/> names: a document id, an alternate id, or else an
    /// exact title, English name or alias (case and white space ignored). <c>null</c> if none does.</summary>
    public async Task<string?> ResolveAsync(string? text, CancellationToken ct = default)
    {
        var wanted = text?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return null;
        }

        if (await db.Documents.AnyAsync(d => d.Id == wanted, ct))
        {
            return wanted;
        }

        if (await db.Redirects.Where(r => r.FromId == wanted).Select(r => r.ToId).FirstOrDefaultAsync(ct) is { } to)
        {
            return to;
        }

        var key = ContentChecks.NameKey(wanted);
        var names = await db.Names.Where(n => n.Key == key).Select(n => new { n.DocumentId, n.Role }).ToListAsync(ct);
        return names.OrderBy(n => n.Role switch { "title" => 0, "title_en" => 1, _ => 2 })
            .ThenBy(n => n.DocumentId, StringComparer.Ordinal)
            .Select(n => n.DocumentId).FirstOrDefault();
    }

    /// <summary>Documents without their HTML and text: only what a graph shows.</summary>
    private IQueryable<DocumentRow> Documents() =>
        db.Documents.Select(d => new DocumentRow { Id = d.Id, Kind = d.Kind, Title = d.Title, TitleEn = d.TitleEn });
}
