using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Benchmarks;

/// <summary>Compares ways to search Chinese text on the real content: the portal's bigram FTS5 index, FTS5 trigram,
/// FTS5 unicode61 on raw text, and LIKE. A document is relevant to a query when its original text (names, summary,
/// sections) contains every term of the query; recall and precision are measured against that, MRR against the
/// labelled relevance set (tests/fixtures/relevance-queries.tsv).</summary>
public static class StrategyComparison
{
    private static readonly string[] s_extraQueries =
    [
        "云", "芯", "算", "网", "训练", "模型", "数据", "语料", "监管", "版权", "算力", "芯片", "元宇宙", "大模型", "数字人",
        "自然语言处理", "强化学习", "NLP", "Azure", "GPT-3 参数", "微软投资", "百度 文心一言", "A100", "C++",
    ];

    private sealed record Doc(string Id, string Names, string Text);

    public static void Run(TextWriter report)
    {
        var root = ReportPortal.Tests.Support.TestPaths.RepositoryRoot;
        var folder = Path.Combine(Path.GetTempPath(), "reportportal-strategies");
        Directory.CreateDirectory(folder);
        var status = IndexFile.Ensure(Path.Combine(root, "content"), Path.Combine(folder, "index.db"));
        using var db = new PortalDb(PortalDb.OptionsFor(status.ConnectionString));
        var names = db.Names.ToList().ToLookup(n => n.DocumentId, n => n.Name);
        var sections = db.Sections.ToList().ToLookup(s => s.DocumentId);
        var docs = db.Documents.ToList().Select(d => new Doc(d.Id, string.Join(" ; ", names[d.Id]),
            d.Summary + "\n" + string.Join("\n", sections[d.Id].Select(s => s.Title + "\n" + s.Text)))).ToList();

        var labelled = File.ReadLines(Path.Combine(root, "tests", "fixtures", "relevance-queries.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);
        var queries = labelled.Keys.Concat(s_extraQueries).Distinct().ToList();

        var alt = Path.Combine(folder, "alternatives.db");
        File.Delete(alt);
        using var connection = new SqliteConnection($"Data Source={alt};Pooling=False");
        connection.Open();
        Exec(connection, "CREATE VIRTUAL TABLE tri USING fts5(id UNINDEXED, names, text, tokenize='trigram')");
        Exec(connection, "CREATE VIRTUAL TABLE uni USING fts5(id UNINDEXED, names, text, tokenize='unicode61')");
        Exec(connection, "CREATE TABLE plain(id TEXT, names TEXT, text TEXT)");
        using (var tx = connection.BeginTransaction())
        {
            foreach (var table in new[] { "tri", "uni", "plain" })
            {
                foreach (var d in docs)
                {
                    using var insert = connection.CreateCommand();
                    insert.CommandText = $"INSERT INTO {table} VALUES ($id, $names, $text)";
                    insert.Parameters.AddWithValue("$id", d.Id);
                    insert.Parameters.AddWithValue("$names", d.Names);
                    insert.Parameters.AddWithValue("$text", d.Text);
                    insert.ExecuteNonQuery();
                }
            }

            tx.Commit();
        }

        var search = new SearchService(db, DocumentCatalog.Load(db));
        var strategies = new (string Name, Func<SearchQuery, List<string>> Run)[]
        {
            ("portal: bigram FTS5 + exact names", q => search.SearchAsync(q.Text, limit: 10_000).GetAwaiter().GetResult().Hits.Select(h => h.Id).ToList()),
            ("FTS5 trigram", q => Fts(connection, "tri", q)),
            ("FTS5 unicode61 (raw text)", q => Fts(connection, "uni", q)),
            ("LIKE '%term%'", q => Like(connection, q)),
        };

        report.WriteLine($"{docs.Count} documents, {queries.Count} queries ({labelled.Count} labelled).");
        report.WriteLine();
        report.WriteLine("| strategy | recall | precision | queries with zero results | MRR (labelled) | mean ms/query |");
        report.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, run) in strategies)
        {
            double recall = 0, precision = 0, mrr = 0, ms = 0;
            var empty = 0;
            var counted = 0;
            foreach (var text in queries)
            {
                var query = SearchQuery.Parse(text);
                var relevant = docs.Where(d => query.Terms.All(t => Key(d.Names + d.Text).Contains(Key(t), StringComparison.Ordinal))).Select(d => d.Id).ToHashSet();
                var clock = Stopwatch.StartNew();
                var found = run(query);
                ms += clock.Elapsed.TotalMilliseconds;
                empty += found.Count == 0 ? 1 : 0;
                if (relevant.Count > 0)
                {
                    counted++;
                    recall += found.Count(relevant.Contains) / (double)relevant.Count;
                    precision += found.Count == 0 ? 0 : found.Count(relevant.Contains) / (double)found.Count;
                }

                if (labelled.TryGetValue(text, out var expected))
                {
                    var rank = found.IndexOf(expected) + 1;
                    mrr += rank == 0 ? 0 : 1.0 / rank;
                }
            }

            report.WriteLine($"| {name} | {recall / counted:0.000} | {precision / counted:0.000} | {empty} | {mrr / labelled.Count:0.000} | {ms / queries.Count:0.00} |");
        }
    }

    private static string Key(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    private static List<string> Fts(SqliteConnection connection, string table, SearchQuery query)
    {
        var terms = query.Terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id FROM {table} WHERE {table} MATCH $q ORDER BY bm25({table}, 0, 10, 1) LIMIT 10000";
        command.Parameters.AddWithValue("$q", string.Join(" AND ", terms));
        return Read(command);
    }

    private static List<string> Like(SqliteConnection connection, SearchQuery query)
    {
        using var command = connection.CreateCommand();
        var where = query.Terms.Select((t, i) =>
        {
            command.Parameters.AddWithValue($"$t{i}", "%" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
            return $"(names LIKE $t{i} ESCAPE '\\' OR text LIKE $t{i} ESCAPE '\\')";
        });
        command.CommandText = "SELECT id FROM plain WHERE " + string.Join(" AND ", where) + " ORDER BY (names LIKE $t0 ESCAPE '\\') DESC";
        return Read(command);
    }

    private static List<string> Read(SqliteCommand command)
    {
        var ids = new List<string>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }
        catch (SqliteException)
        {
            // a query this strategy cannot take counts as finding nothing
        }

        return ids;
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
