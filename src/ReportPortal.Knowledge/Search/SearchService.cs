using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Search;

/// <summary>Full-text search over the index, ranked in tiers a reader expects: a document one of whose names (title,
/// English name, alias) is the query; then one whose name contains every term; then the rest. Within a tier, bm25
/// over sections with names weighted over headings over body text. One hit per document, at its best section.</summary>
public sealed class SearchService(PortalDb db, DocumentCatalog catalog, SearchBudget? budget = null)
{
    private readonly SearchBudget _budget = budget ?? SearchBudget.Default;

    /// <summary>Above this many matching sections, body matches are not ranked by bm25 (see <see cref="RankAsync"/>).</summary>
    private const int FullRankLimit = 1500;

    /// <summary>At most this many matching sections are read; beyond it the total is a lower bound.</summary>
    private const int MaxMatches = 20_000;

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

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var guard = _budget.Start(connection, ct);
        try
        {
            var expression = query.ToMatchExpression();
            var matches = await RowidsAsync(connection, expression, ct);
            if (matches.Count == 0 && query.CanRelax)
            {
                expression = query.ToRelaxedMatchExpression();
                matches = await RowidsAsync(connection, expression, ct);
            }

            var best = await RankAsync(connection, catalog, expression, matches, ct);
            var named = catalog.ByNameKey.GetValueOrDefault(NameKey.Of(query.Text)) ?? [];
            var (page, counts, total) = TopCandidates(query, kind, limit, offset, best, named);
            var sections = await SectionsAsync(connection, [.. page.Where(p => best.ContainsKey(p.Id)).Select(p => best[p.Id].Section)], ct);
            var hits = page.Select(x => HitOf(x, query, sections)).ToList();
            return new SearchResult(query.Text, query.Terms, total, hits, counts, matches.Count >= MaxMatches);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT)
        {
            ct.ThrowIfCancellationRequested();
            throw new SearchTimeoutException($"The search ran over its budget of {_budget.Time.TotalMilliseconds} ms and was stopped.", e);
        }
        finally
        {
            guard.Dispose(); // before the connection goes back to the pool
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The candidates of one page in rank order (exact names, then names containing every term, then bm25),
    /// with the number of matching documents per kind and in the filtered kind.</summary>
    private (List<Candidate> Page, Dictionary<string, int> Counts, int Total) TopCandidates(SearchQuery query, string? kind, int limit, int offset,
        Dictionary<string, (long Section, double Rank)> best, string[] named)
    {
        var termKeys = query.Terms.Select(NameKey.Of).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var top = new PriorityQueue<Candidate, Candidate>(Candidate.WorstFirst);
        foreach (var id in best.Keys.Union(named))
        {
            if (!catalog.ById.TryGetValue(id, out var doc))
            {
                continue;
            }

            counts[doc.Kind] = counts.GetValueOrDefault(doc.Kind) + 1;
            if (!Matches(kind, doc.Kind))
            {
                continue;
            }

            total++;
            var isName = Array.IndexOf(named, id) >= 0;
            var score = (best.TryGetValue(id, out var b) ? -b.Rank : 0) + (isName ? 1000 : NameContainsAll(doc, termKeys) ? 100 : 0);
            var candidate = new Candidate(id, score, isName);
            if (top.Count < offset + limit)
            {
                top.Enqueue(candidate, candidate);
            }
            else if (Candidate.WorstFirst.Compare(candidate, top.Peek()) > 0)
            {
                top.EnqueueDequeue(candidate, candidate);
            }
        }

        var ranked = new List<Candidate>(top.Count);
        while (top.Count > 0)
        {
            ranked.Add(top.Dequeue());
        }

        ranked.Reverse();
        return ([.. ranked.Skip(offset)], counts, total);
    }

    /// <summary>A hit at its best section, with a snippet from that section when it holds a term, else the summary.</summary>
    private SearchHit HitOf(Candidate x, SearchQuery query, Dictionary<string, (string Anchor, string Title, string Text)> sections)
    {
        var doc = catalog.ById[x.Id];
        var found = sections.TryGetValue(x.Id, out var section);
        var text = found && ContainsAny(section.Title + section.Text, query.Terms) ? section.Text : doc.Summary;
        var anchor = found && section.Anchor.Length > 0 && !x.IsName ? section.Anchor : null;
        return new SearchHit(doc.Id, doc.Kind, doc.Title, doc.TitleEn, DocumentSchema.UrlOf(doc.Kind, doc.Id, anchor),
            anchor is null ? null : section.Title, Snippets.Around(text.Length > 0 ? text : doc.Summary, query.Terms),
            Math.Round(x.Score, 3), x.IsName);
    }

    /// <summary>A ranked document: higher score first, then id, so the order is stable.</summary>
    private readonly record struct Candidate(string Id, double Score, bool IsName)
    {
        /// <summary>Orders the worst candidate first, as the top-k heap needs.</summary>
        public static readonly Comparer<Candidate> WorstFirst = Comparer<Candidate>.Create((a, b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : string.CompareOrdinal(b.Id, a.Id));
    }

    /// <summary>True when one of the document's names contains every term (the second ranking tier).</summary>
    private static bool NameContainsAll(DocumentEntry doc, string[] termKeys)
    {
        if (termKeys.Length == 1)
        {
            return doc.JoinedNameKeys.Contains(termKeys[0], StringComparison.Ordinal);
        }

        foreach (var key in doc.NameKeys)
        {
            if (termKeys.All(t => key.Contains(t, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> terms) =>
        terms.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every matching section, unranked: cheap even when a common word matches most of the index.</summary>
    private static async Task<List<long>> RowidsAsync(SqliteConnection connection, string expression, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM search_fts WHERE search_fts MATCH $q LIMIT {MaxMatches}";
        command.Parameters.AddWithValue("$q", expression);
        var rowids = new List<long>();
        using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rowids.Add(reader.GetInt64(0));
        }

        return rowids;
    }

    /// <summary>Each matched document's best section and its rank (lower is better). bm25 costs time per matching row,
    /// so it is used only when at most <see cref="FullRankLimit"/> sections match. For a very common word, documents
    /// are ordered without it: those with a matching heading first, then by how many of their sections match (the
    /// name tiers of <see cref="SearchAsync"/> still come first).</summary>
    private static async Task<Dictionary<string, (long Section, double Rank)>> RankAsync(
        SqliteConnection connection, DocumentCatalog catalog, string expression, List<long> matches, CancellationToken ct)
    {
        var best = new Dictionary<string, (long Section, double Rank)>(StringComparer.Ordinal);
        if (matches.Count <= FullRankLimit)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid, {SearchIndexSql.Rank} AS r FROM search_fts WHERE search_fts MATCH $q ORDER BY r";
            command.Parameters.AddWithValue("$q", expression);
            using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var rowid = reader.GetInt64(0);
                if (catalog.Sections.TryGetValue(rowid, out var section))
                {
                    best.TryAdd(section.DocumentId, (rowid, reader.GetDouble(1)));
                }
            }

            return best;
        }

        var headings = (await RowidsAsync(connection, "{heading} : (" + expression + ")", ct)).ToHashSet();
        var byDocument = new Dictionary<string, (long Section, int Count, bool Heading)>(StringComparer.Ordinal);
        foreach (var rowid in matches)
        {
            if (catalog.Sections.TryGetValue(rowid, out var section))
            {
                var heading = headings.Contains(rowid);
                byDocument[section.DocumentId] = byDocument.TryGetValue(section.DocumentId, out var seen)
                    ? (heading && !seen.Heading ? rowid : seen.Section, seen.Count + 1, seen.Heading || heading)
                    : (rowid, 1, heading);
            }
        }

        foreach (var (id, (section, count, heading)) in byDocument)
        {
            best[id] = (section, -Math.Log(1 + count) - (heading ? 10 : 0));
        }

        return best;
    }

    /// <summary>The document, anchor, title and text of the given sections, in one query by primary key.</summary>
    private static async Task<Dictionary<string, (string Anchor, string Title, string Text)>> SectionsAsync(
        SqliteConnection connection, List<long> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DocumentId, Anchor, Title, Text FROM Sections WHERE Id IN (" + string.Join(", ", ids.Select((id, i) =>
        {
            command.Parameters.AddWithValue($"$s{i}", id);
            return $"$s{i}";
        })) + ")";
        using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }

        return result;
    }
}
