using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReportPortal.Tests.Support;

namespace ReportPortal.Benchmarks.LiveLoad;

/// <summary>Issue #12, item 6: the Release app on a scratch copy of content/ on a loopback port; readers on 64
/// connections ask for pages, search and suggestions without pause, before, during and after a period in which the
/// content changes every 2 s (<see cref="ContentChanger"/>). Reports requests, answers other than 2xx and latency per
/// phase, how the rebuilds went (from the app's log) and how long an edit took to be found by search.</summary>
public static partial class LiveLoadBenchmark
{
    public sealed record Settings(int Connections = 64, int BeforeSeconds = 20, int DuringSeconds = 60, int AfterSeconds = 20, double IntervalSeconds = 2,
        string? App = null);

    public static async Task RunAsync(Settings settings, TextWriter report)
    {
        using var scratch = new ScratchFolder();
        var content = scratch.CopyOf(Path.Combine(TestPaths.RepositoryRoot, "content"), "content");
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Connections + 4, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        using var portal = PortalProcess.Start(settings.App ?? PortalProcess.DefaultApp, content, Path.Combine(scratch.Path, "index.db"));
        try
        {
            await portal.WaitUntilServingAsync(client, TimeSpan.FromMinutes(5));
            var urls = await UrlsAsync(client, portal.Address);
            var readers = new LoadReaders(client, urls);
            var changer = new ContentChanger(content, Path.Combine(content, "technology", "rlhf.md"), "openai", client, portal.Address);
            report.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start {LoadAverage()}");
            report.WriteLine($"{urls.Count} URLs ({string.Join(", ", urls.GroupBy(u => u.Kind).Select(g => $"{g.Count()} {g.Key}"))}), {settings.Connections} connections; " +
                $"phases {settings.BeforeSeconds} s before, {settings.DuringSeconds} s with a change every {settings.IntervalSeconds} s, {settings.AfterSeconds} s after (after 10 s of warm-up).");

            var phases = new List<(string Name, double Seconds)>
            {
                ("before", settings.BeforeSeconds), ("during changes", settings.DuringSeconds), ("after", settings.AfterSeconds),
            };
            using var stop = new CancellationTokenSource();
            var reading = readers.RunAsync(settings.Connections, stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(10)); // warm-up: JIT, output cache
            readers.Phase = 0;
            await Task.Delay(TimeSpan.FromSeconds(settings.BeforeSeconds));
            readers.Phase = 1;
            using (var changing = new CancellationTokenSource(TimeSpan.FromSeconds(settings.DuringSeconds)))
            {
                await changer.RunAsync(TimeSpan.FromSeconds(settings.IntervalSeconds), changing.Token);
            }

            readers.Phase = 2;
            await Task.Delay(TimeSpan.FromSeconds(settings.AfterSeconds));
            stop.Cancel();
            await reading;

            report.WriteLine($"Load average at the end {LoadAverage()}.");
            report.WriteLine();
            foreach (var line in LoadReaders.Table(readers.Samples, phases))
            {
                report.WriteLine(line);
            }

            report.WriteLine();
            report.WriteLine("During changes, by kind: " + string.Join("; ", LoadReaders.ByKind(readers.Samples, 1)) + ".");
            report.WriteLine(changer.Summary() + ".");
            report.WriteLine(Rebuilds(portal) + ".");
        }
        finally
        {
            report.Flush();
        }
    }

    /// <summary>What readers ask for: pages (home, lists, chapters, profiles), search pages and answers, suggestions.</summary>
    private static async Task<List<(string Kind, Uri Url)>> UrlsAsync(HttpClient client, Uri address)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri(address, "/api/documents")));
        var documents = list.RootElement.EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString()!, Title: d.GetProperty("title").GetString()!, Url: d.GetProperty("url").GetString()!))
            .Where(d => !ContentChanger.IsChangerPage(d.Id)).ToList();
        var urls = new List<(string, Uri)>();
        void Add(string kind, string path) => urls.Add((kind, new Uri(address, path)));
        foreach (var path in new[] { "/", "/chapters", "/glossary", "/timeline", "/map", "/companies" })
        {
            Add("page", path);
        }

        foreach (var doc in documents.Where((_, i) => i % 8 == 0))
        {
            Add("page", doc.Url);
        }

        var terms = documents.Where((_, i) => i % 20 == 3).Select(d => d.Title).Concat(["算力", "微软", "OpenAI", "模型 训练", "搜索引擎"]).ToList();
        foreach (var term in terms)
        {
            Add("search page", "/search?q=" + Uri.EscapeDataString(term));
            Add("search API", "/api/search?q=" + Uri.EscapeDataString(term));
        }

        foreach (var prefix in documents.Where((_, i) => i % 10 == 1).SelectMany(d => new[] { d.Title[..1], d.Title[..Math.Min(2, d.Title.Length)] }).Distinct())
        {
            Add("suggest API", "/api/suggest?q=" + Uri.EscapeDataString(prefix));
        }

        var random = new Random(12);
        return [.. urls.OrderBy(_ => random.Next())];
    }

    [GeneratedRegex(@"Index built at .* (?<ms>\d+) ms$")]
    private static partial Regex BuiltLine();

    /// <summary>From the app's log: how many rebuilds there were, how many were incremental, and how long they took.</summary>
    private static string Rebuilds(PortalProcess portal)
    {
        var lines = portal.Log.Select(l => l.Line).ToList();
        var changes = lines.Where(l => l.Contains("Content changed (", StringComparison.Ordinal)).ToList();
        var incremental = changes.Count(l => l.Contains("): incremental", StringComparison.Ordinal));
        var built = lines.Select(l => BuiltLine().Match(l)).Where(m => m.Success).Skip(1).Select(m => double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)).Order().ToList();
        var errors = lines.Where(l => l.Contains(" ERR]", StringComparison.Ordinal) && !l.Contains("load-broken.md", StringComparison.Ordinal)).ToList();
        var log = Path.Combine(Path.GetTempPath(), "reportportal-live-load.log");
        File.WriteAllLines(log, portal.Log.Select(l => $"{l.At:HH:mm:ss.fff} {l.Line}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{changes.Count} rebuilds swapped in ({incremental} incremental, {changes.Count - incremental} full); index update p50 {LoadReaders.At(built, 0.5):0} ms, " +
            $"max {(built.Count > 0 ? built[^1] : 0):0} ms; {errors.Count} error lines in the app's log other than the broken file's " +
            $"({string.Join(" | ", errors.Select(e => e.Length > 160 ? e[..160] : e).Distinct().Take(3))}); the log is in {log}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
