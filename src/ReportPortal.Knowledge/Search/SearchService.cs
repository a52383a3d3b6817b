using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Search;

/// <summary>Full-text search over the index. Exact names (title, English name, alias) come first; then sections
/// ranked by bm25 with names weighted over headings over body text; one hit per document, at its best section.</summary>
public sealed class SearchService(PortalDb db)
{
    private const int MaxRows = 2000;

    /// <summary>The kind filter for the glossary: terms and technologies together.</summary>
    public const string GlossaryFilter = "glossary";

    /// <summary>True when <paramref name="filter"/> is a kind folder name or <see cref="GlossaryFilter"/>.</summary>
    public static bool IsKindFilter(string filter) => filter == GlossaryFilter || DocumentSchema.ByFolder(filter) is not null;

    private static bool Matches(string? filter, string kind) =>
        filter is null || filter == kind || (filter == GlossaryFilter && kind is "term" or "technology");

    public async Task<SearchResult> SearchAsync(string? input, string? kind = null, int limit = 20, int offset = 0, CancellationToken ct = default)
    {
        var query = SearchQuery.Parse(input);
        if (query.IsEmpty)
        {
            return SearchResult.Empty(query.Text);
        }

        var rows = await MatchAsync(query.ToMatchExpression(), ct);
        if (rows.Count == 0 && query.CanRelax)
        {
            rows = await MatchAsync(query.ToRelaxedMatchExpression(), ct);
        }

        var best = rows.GroupBy(r => r.DocId).ToDictionary(g => g.Key, g => g.MinBy(r => r.Rank)!);
        var nameKey = ContentChecks.NameKey(query.Text);
        var named = await db.Names.Where(n => n.Key == nameKey).Select(n => n.DocumentId).Distinct().ToListAsync(ct);

        var ids = best.Keys.Union(named).ToList();
        var docs = await db.Documents.Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Kind, d.Title, d.TitleEn, d.Summary }).ToDictionaryAsync(d => d.Id, ct);

        var inName = await NamesContainingAsync(ids, query.Terms, ct);
        var ranked = ids.Where(docs.ContainsKey)
            .Select(id => (Id: id, IsName: named.Contains(id), InName: inName.Contains(id), Score: best.TryGetValue(id, out var r) ? -r.Rank : 0))
            .OrderByDescending(x => x.IsName).ThenByDescending(x => x.InName).ThenByDescending(x => x.Score).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => (x.Id, x.IsName, Score: x.Score + (x.IsName ? 1000 : x.InName ? 100 : 0)))
            .ToList();
        var counts = ranked.GroupBy(x => docs[x.Id].Kind).ToDictionary(g => g.Key, g => g.Count());
        var filtered = kind is null ? ranked : ranked.Where(x => Matches(kind, docs[x.Id].Kind)).ToList();
        var page = filtered.Skip(offset).Take(limit).ToList();

        var sectionKeys = page.Where(x => best.ContainsKey(x.Id)).Select(x => x.Id + "\n" + best[x.Id].Ordinal).ToList();
        var pageIds = page.Select(p => p.Id).ToList();
        var sections = (await db.Sections.Where(s => pageIds.Contains(s.DocumentId)).ToListAsync(ct))
            .Where(s => sectionKeys.Contains(s.DocumentId + "\n" + s.Ordinal))
            .ToDictionary(s => s.DocumentId);

        var hits = page.Select(x =>
        {
            var doc = docs[x.Id];
            sections.TryGetValue(x.Id, out var section);
            var text = section is not null && ContainsAny(section.Title + section.Text, query.Terms) ? section.Text : doc.Summary;
            var anchor = section is { Anchor.Length: > 0 } && !x.IsName ? section.Anchor : null;
            return new SearchHit(doc.Id, doc.Kind, doc.Title, doc.TitleEn, DocumentSchema.UrlOf(doc.Kind, doc.Id, anchor),
                anchor is null ? null : section!.Title, Snippets.Around(text.Length > 0 ? text : doc.Summary, query.Terms),
                Math.Round(x.Score, 3), x.IsName);
        }).ToList();

        return new SearchResult(query.Text, query.Terms, filtered.Count, hits, counts);
    }

    /// <summary>Documents one of whose names (title, English name, alias) contains every term: the second tier,
    /// after exact names and before body matches.</summary>
    private async Task<HashSet<string>> NamesContainingAsync(List<string> ids, IReadOnlyList<string> terms, CancellationToken ct)
    {
        var keys = terms.Select(ContentChecks.NameKey).ToList();
        var names = await db.Names.Where(n => ids.Contains(n.DocumentId)).Select(n => new { n.DocumentId, n.Key }).ToListAsync(ct);
        return [.. names.Where(n => keys.All(k => n.Key.Contains(k, StringComparison.Ordinal))).Select(n => n.DocumentId)];
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> terms) =>
        terms.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));

    private async Task<List<(string DocId, int Ordinal, double Rank)>> MatchAsync(string expression, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT doc_id, section_ordinal, {SearchIndexSql.Rank} AS r FROM search_fts WHERE search_fts MATCH $q ORDER BY r LIMIT {MaxRows}";
            command.Parameters.AddWithValue("$q", expression);
            var rows = new List<(string, int, double)>();
            using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetDouble(2)));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
