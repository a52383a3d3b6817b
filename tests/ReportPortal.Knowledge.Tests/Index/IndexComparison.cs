using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Search;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Tests.Index;

/// <summary>Everything a snapshot answers, as lines that two snapshots of the same content must share: every table
/// (rows of one document in their order; tables numbered in content order with their ids), the search rows of each
/// section, and what pages and the API are given (each document's details, search hits, suggestions, lists).
/// Row ids of per-document rows are left out: a patched index numbers them differently.</summary>
internal static class IndexComparison
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly string[] Queries =
        ["开放", "实验室", "开放实验室", "算力", "星河", "RLHF", "聊天机器人", "微软 投资", "芯片", "Attention", "对话", "新概念", "星云路", "人工智能", "OpenLab", "x"];

    public static readonly string[] Prefixes = ["开", "星", "微", "R", "芯", "聊", "o", "算", "新"];

    private static string Json(object? value) => JsonSerializer.Serialize(value, s_json);

    public static async Task<List<string>> Dump(KnowledgeSnapshot snapshot)
    {
        using var db = snapshot.OpenDb();
        var lines = new List<string> { "fingerprint " + snapshot.Fingerprint, "report " + Json(snapshot.Report) };
        lines.AddRange(db.Documents.AsEnumerable().OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => "document " + Json(d)));
        lines.AddRange(PerDocument(db.Names.OrderBy(n => n.Id).AsEnumerable(), n => n.DocumentId, n => $"name {n.DocumentId} {n.Name} {n.Key} {n.Role}"));
        lines.AddRange(PerDocument(db.Sections.OrderBy(s => s.Id).AsEnumerable(), s => s.DocumentId,
            s => $"section {s.DocumentId} {s.Ordinal} {s.Anchor} {s.Title} {s.Level} {s.Text}"));
        lines.AddRange(PerDocument(db.Links.OrderBy(l => l.Id).AsEnumerable(), l => l.FromId,
            l => $"link {l.FromId}#{l.FromAnchor} → {l.ToId} line {l.Line} auto {l.IsAutomatic} {l.Context}"));
        lines.AddRange(db.Relations.OrderBy(r => r.Id).AsEnumerable().Select(r => "relation " + Json(r)));
        lines.AddRange(db.Redirects.AsEnumerable().OrderBy(r => r.FromId, StringComparer.Ordinal).Select(r => $"redirect {r.FromId} → {r.ToId}"));
        lines.AddRange(db.Events.OrderBy(e => e.Id).AsEnumerable().Select(e => "event " + Json(e)));
        lines.AddRange(db.Problems.OrderBy(p => p.Id).AsEnumerable().Select(p => "problem " + Json(p)));
        lines.AddRange(db.RelationTypes.AsEnumerable().OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => "relation type " + Json(t)));
        lines.AddRange(SearchRows(snapshot));
        lines.AddRange(snapshot.Problems.Select(p => "snapshot problem " + p));
        lines.AddRange(snapshot.Documents.Ordered.Select(d =>
            "catalog " + Json(d with { Names = [] }) + " " + string.Join(", ", d.Names.Select(n => $"{n.Name}/{n.Key}/{n.Role}"))));
        lines.AddRange(snapshot.Graph.Relations.Select(r => "graph " + Json(r)));
        lines.AddRange(await Answers(snapshot, db));
        return lines;
    }

    private static IEnumerable<string> PerDocument<T>(IEnumerable<T> rows, Func<T, string> documentOf, Func<T, string> line) =>
        rows.GroupBy(documentOf).OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => g.Select(line));

    /// <summary>Each section's full-text row (names, heading, body), found through its section row.</summary>
    private static List<string> SearchRows(KnowledgeSnapshot snapshot)
    {
        using var connection = new SqliteConnection(snapshot.Index.ConnectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT s.DocumentId, s.Ordinal, f.names, f.heading, f.body FROM Sections s JOIN search_fts f ON f.rowid = s.Id";
        var rows = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add($"fts {reader.GetString(0)} {reader.GetInt32(1)} | {reader.GetString(2)} | {reader.GetString(3)} | {reader.GetString(4)}");
        }

        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM search_fts";
        rows.Sort(StringComparer.Ordinal);
        rows.Add($"fts rows {count.ExecuteScalar()}");
        return rows;
    }

    private static async Task<List<string>> Answers(KnowledgeSnapshot snapshot, Knowledge.Index.PortalDb db)
    {
        var lines = new List<string>();
        var documents = new DocumentQueries(snapshot, db);
        foreach (var doc in snapshot.Documents.Ordered)
        {
            lines.Add("details " + Json(await documents.GetAsync(doc.Id)));
        }

        var search = new SearchService(db, snapshot.Documents);
        foreach (var query in Queries)
        {
            lines.Add($"search {query} " + Json(await search.SearchAsync(query)));
        }

        lines.AddRange(Prefixes.Select(p => $"suggest {p} " + Json(snapshot.Suggestions.Suggest(p))));
        lines.Add("orphans " + Json(await new MaintenanceQueries(snapshot, db).OrphansAsync()));
        return lines;
    }
}
