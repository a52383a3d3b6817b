using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Benchmarks;

/// <summary>Index build time and size, search and suggestion latency, and raw FTS5 time for the same queries, on
/// synthetic corpora of the given sizes.</summary>
public static class PerfBenchmark
{
    private const int QueriesPerClass = 200;

    public static void Run(IEnumerable<int> sizes, TextWriter report)
    {
        var real = ContentLoader.Load(Path.Combine(ReportPortal.Tests.Support.TestPaths.RepositoryRoot, "content"));
        report.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
        foreach (var size in sizes)
        {
            RunOne(real, size, report);
        }
    }

    private static void RunOne(ContentSet real, int size, TextWriter report)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportportal-bench", size.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var corpus = new SyntheticCorpus(real);
        var content = Path.Combine(folder, "content");
        corpus.Write(content, size);
        var indexPath = Path.Combine(folder, "index.db");

        var clock = Stopwatch.StartNew();
        var status = IndexFile.Ensure(content, indexPath);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var megabytes = new FileInfo(indexPath).Length / 1024.0 / 1024.0;
        var contentMegabytes = Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;

        report.WriteLine();
        report.WriteLine($"## {size:N0} documents");
        report.WriteLine();
        report.WriteLine($"Content {contentMegabytes:0.0} MB; full build {buildSeconds:0.0} s; index {megabytes:0.0} MB; {status.Problems.Count} problems.");
        report.WriteLine();
        report.WriteLine("| queries | portal p50 ms | portal p99 ms | raw FTS5 p50 ms | raw FTS5 p99 ms | overhead (p50) |");
        report.WriteLine("|---|---|---|---|---|---|");

        using var db = new PortalDb(PortalDb.OptionsFor(status.ConnectionString));
        var catalog = DocumentCatalog.Load(db);
        var search = new SearchService(db, catalog);
        using var raw = new SqliteConnection(status.ConnectionString);
        raw.Open();
        using var command = raw.CreateCommand();
        command.CommandText = $"SELECT rowid, {SearchIndexSql.Rank} AS r FROM search_fts WHERE search_fts MATCH $q ORDER BY r LIMIT 20";
        var parameter = command.Parameters.Add("$q", SqliteType.Text);

        var random = new Random(7);
        var words = SyntheticCorpus.Runs(File.ReadAllText(Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).First()))
            .Concat(Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Take(200).SelectMany(f => SyntheticCorpus.Runs(File.ReadAllText(f))))
            .Where(r => r.Length >= 4).ToList();
        var latin = new[] { "OpenAI", "Microsoft", "Google", "NVIDIA", "Transformer", "GPT", "RLHF", "Baidu", "Azure", "Meta" };
        string Cjk(int n)
        {
            var w = words[random.Next(words.Count)];
            var start = random.Next(w.Length - n + 1);
            return w.Substring(start, n);
        }

        var classes = new (string Name, Func<string> Make)[]
        {
            ("1 Chinese character", () => Cjk(1)),
            ("2 Chinese characters", () => Cjk(2)),
            ("4 Chinese characters", () => Cjk(4)),
            ("English word", () => latin[random.Next(latin.Length)]),
            ("mixed (English + Chinese)", () => latin[random.Next(latin.Length)] + " " + Cjk(2)),
            ("three terms", () => Cjk(2) + " " + Cjk(2) + " " + Cjk(2)),
        };

        var allPortal = new List<double>();
        foreach (var (name, make) in classes)
        {
            var queries = Enumerable.Range(0, QueriesPerClass).Select(_ => make()).ToList();
            var portal = Latency.Measure(queries, q => search.SearchAsync(q).GetAwaiter().GetResult(), warmup: 100);
            var rawStats = Latency.Measure(queries, warmup: 100, action: q =>
            {
                parameter.Value = SearchQuery.Parse(q).ToMatchExpression();
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                }
            });
            allPortal.Add(portal.P99);
            report.WriteLine($"| {name} | {portal.P50:0.00} | {portal.P99:0.00} | {rawStats.P50:0.00} | {rawStats.P99:0.00} | {portal.P50 / Math.Max(rawStats.P50, 0.001):0.00}x |");
        }

        var suggest = Suggestions.Load(catalog);
        var prefixes = Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? Cjk(1 + random.Next(2)) : latin[random.Next(latin.Length)][..(1 + random.Next(3))]).ToList();
        var suggestStats = Latency.Measure(prefixes, p => suggest.Suggest(p), warmup: 50);
        report.WriteLine();
        report.WriteLine($"Suggestions ({suggest.Count:N0} name keys in memory): p50 {suggestStats.P50:0.000} ms, p99 {suggestStats.P99:0.000} ms over {suggestStats.Count} prefixes.");
        report.WriteLine($"Search p99 over all classes: max {allPortal.Max():0.00} ms.");
        report.Flush();
    }
}
