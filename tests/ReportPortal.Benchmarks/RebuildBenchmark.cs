using System.Diagnostics;
using System.Globalization;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Markdown;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Tests.Support;

namespace ReportPortal.Benchmarks;

/// <summary>How long a content change takes to reach a new snapshot: a full build broken into its stages, then a
/// one-file edit of each kind (body text, a title that other documents auto-link, a new file), each timed from the
/// file write to the swapped-in snapshot through <see cref="SnapshotBuilder"/>, as the running portal does it.
/// Sizes: "real" is a copy of our content; a number is a synthetic corpus of that many documents.</summary>
public static partial class RebuildBenchmark
{
    public static void Run(IEnumerable<string> sizes, TextWriter report)
    {
        report.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load {LoadAverage()}");
        foreach (var size in sizes)
        {
            RunOne(size, report);
        }
    }

    private static void RunOne(string size, TextWriter report)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportportal-rebuild", size);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var content = Path.Combine(folder, "content");
        if (size == "real")
        {
            Copy(Path.Combine(TestPaths.RepositoryRoot, "content"), content);
        }
        else
        {
            new SyntheticCorpus(ContentLoader.Load(Path.Combine(TestPaths.RepositoryRoot, "content"))).Write(content, int.Parse(size, CultureInfo.InvariantCulture));
        }

        var basePath = Path.Combine(folder, "index.db");
        report.WriteLine();
        report.WriteLine($"## {size} documents");
        report.WriteLine();
        var set = Stages(content, report);

        var clock = Stopwatch.StartNew();
        var snapshot = SnapshotBuilder.Build(content, basePath, null)!;
        report.WriteLine($"First snapshot (full build and open): {clock.ElapsedMilliseconds:N0} ms, {snapshot.Documents.Count:N0} documents, index {new FileInfo(basePath).Length / 1024.0 / 1024.0:0.0} MB.");
        Open(snapshot, report);
        var edited = Path.Combine(content, set.Documents.Where(d => d.Kind != DocumentKind.Chapter).ElementAt(set.Documents.Count / 2).Path);
        File.AppendAllText(edited, "\n\n全量重建前的一段。\n");
        clock.Restart();
        snapshot = SnapshotBuilder.Build(content, basePath, snapshot)!;
        report.WriteLine($"One-file body edit, full rebuild (no state kept): {clock.ElapsedMilliseconds:N0} ms.");
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        SnapshotBuilder.KeepState(snapshot, content).GetAwaiter().GetResult();
        var learnMs = clock.ElapsedMilliseconds;
        var kept = (GC.GetTotalMemory(forceFullCollection: true) - heap) / 1024.0 / 1024.0;
        report.WriteLine($"Learning the state in the background after a full build (load and render, nothing written): {learnMs:N0} ms; it holds {kept:N0} MB{(SnapshotBuilder.HowBuilt(snapshot) is { } why ? $" — {why}" : "")}.");
        report.WriteLine();
        report.WriteLine("| change | file write to new snapshot, ms | CPU ms | how |");
        report.WriteLine("|---|---|---|---|");

        var renamed = MentionedDocument(set);
        var word = MentionedWord(set);
        var aliasedFile = set.Documents.Where(d => d.Kind != DocumentKind.Chapter && d.Path != renamed.Doc.Path)
            .Select(d => Path.Combine(content, d.Path)).First(f => f != edited && File.ReadAllText(f).Contains("\naliases: [", StringComparison.Ordinal));
        var renamedFile = Path.Combine(content, renamed.Doc.Path);
        var changes = new (string Name, Action Apply)[]
        {
            ("body text of one document", () => File.AppendAllText(edited, "\n\n新加的一段：星云路上的实验室。\n")),
            ($"the title of a document {renamed.Mentions} others mention", () => File.WriteAllText(renamedFile,
                TitleLine().Replace(File.ReadAllText(renamedFile), "title: " + renamed.Doc.Title + "新名", 1))),
            ($"an alias that {word.Mentions} documents mention", () => File.WriteAllText(aliasedFile,
                File.ReadAllText(aliasedFile).Replace("\naliases: [", $"\naliases: [{word.Word}, ", StringComparison.Ordinal))),
            ("a new document with a link", () => File.WriteAllText(Path.Combine(content, "term", "bench-new.md"),
                $"---\ntitle: 基准新词\nsummary: 新加的术语。\n---\n\n基准新词与 [[{renamed.Doc.Id}]] 有关。\n")),
            ("a relation added", () => File.WriteAllText(edited, AddRelation(File.ReadAllText(edited), renamed.Doc.Id, set))),
        };

        foreach (var (name, apply) in changes)
        {
            apply();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var next = SnapshotBuilder.Build(content, basePath, snapshot) ?? throw new InvalidOperationException("no change seen");
            var elapsed = clock.ElapsedMilliseconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            report.WriteLine($"| {name} | {elapsed:N0} | {cpuMs:N0} | {SnapshotBuilder.HowBuilt(next)} |");
            snapshot = next;
        }

        var body = new List<(long Wall, double Cpu)>();
        for (var n = 0; n < 8; n++)
        {
            File.AppendAllText(edited, $"\n\n第 {n} 次追加的一段。\n");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            snapshot = SnapshotBuilder.Build(content, basePath, snapshot) ?? throw new InvalidOperationException("no change seen");
            body.Add((clock.ElapsedMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds));
        }

        var walls = body.Select(b => b.Wall).Order().ToList();
        var cpus = body.Select(b => b.Cpu).Order().ToList();
        report.WriteLine($"| body text, 8 more times: min / median / max | {walls[0]:N0} / {walls[4]:N0} / {walls[^1]:N0} | {cpus[0]:N0} / {cpus[4]:N0} / {cpus[^1]:N0} | {SnapshotBuilder.HowBuilt(snapshot)} (the last) |");
        report.Flush();
    }

    /// <summary>The in-memory stages of a full build, each timed on its own: fingerprint, load, render.</summary>
    private static ContentSet Stages(string content, TextWriter report)
    {
        var clock = Stopwatch.StartNew();
        ContentFingerprint.Compute(content);
        var fingerprintMs = clock.ElapsedMilliseconds;
        clock.Restart();
        var set = ContentLoader.Load(content);
        var loadMs = clock.ElapsedMilliseconds;
        clock.Restart();
        var rendered = new RenderPipeline().Render(set, [.. set.Problems]);
        report.WriteLine($"Full build stages in memory: fingerprint {fingerprintMs:N0} ms, load {loadMs:N0} ms, render {clock.ElapsedMilliseconds:N0} ms ({rendered.Count:N0} documents).");
        return set;
    }

    /// <summary>Opening a snapshot on an existing index file: the catalog, suggestions and graph read into memory.</summary>
    private static void Open(KnowledgeSnapshot snapshot, TextWriter report)
    {
        var clock = Stopwatch.StartNew();
        KnowledgeSnapshot.Open(snapshot.Index);
        var openMs = clock.ElapsedMilliseconds;
        using var db = new PortalDb(PortalDb.OptionsFor(snapshot.Index.ConnectionString));
        clock.Restart();
        var catalog = ReportPortal.Knowledge.Catalog.DocumentCatalog.Load(db);
        var catalogMs = clock.ElapsedMilliseconds;
        clock.Restart();
        ReportPortal.Knowledge.Search.Suggestions.Load(catalog);
        report.WriteLine($"Opening a snapshot on its index file: {openMs:N0} ms (of which the document catalog {catalogMs:N0} ms, suggestions {clock.ElapsedMilliseconds:N0} ms).");
    }

    /// <summary>A four-character Chinese run that many documents' bodies hold (but not too many): as an alias it gives
    /// them automatic links.</summary>
    private static (string Word, int Mentions) MentionedWord(ContentSet set)
    {
        var bodies = set.Documents.Select(d => d.Body).ToList();
        var target = Math.Max(5, bodies.Count / 200);
        return set.Documents.Where((_, i) => i % Math.Max(1, bodies.Count / 40) == 0)
            .SelectMany(d => SyntheticCorpus.Runs(d.Body).Where(r => r.Length >= 4).Take(2).Select(r => r[..4]))
            .Distinct(StringComparer.Ordinal)
            .Select(w => (Word: w, Mentions: bodies.Count(b => b.Contains(w, StringComparison.Ordinal))))
            .OrderBy(x => Math.Abs(x.Mentions - target)).First();
    }

    /// <summary>A document whose title other documents' bodies mention (so renaming it changes their automatic
    /// links): of 300 sampled documents, the one mentioned by the median number of others among those mentioned.</summary>
    private static (ContentDocument Doc, int Mentions) MentionedDocument(ContentSet set)
    {
        var bodies = set.Documents.Select(d => d.Body.ToLowerInvariant()).ToList();
        var sample = set.Documents.Where(d => d.Kind != DocumentKind.Chapter && d.Title.Length >= 2 && d.Title.All(char.IsLetterOrDigit))
            .Where((_, i) => i % Math.Max(1, set.Documents.Count / 300) == 0)
            .Select(d => (Doc: d, Mentions: bodies.Count(b => b.Contains(d.Title.ToLowerInvariant(), StringComparison.Ordinal))))
            .Where(x => x.Mentions > 1).OrderBy(x => x.Mentions).ToList();
        return sample.Count == 0 ? (set.Documents.First(d => d.Kind != DocumentKind.Chapter), 0) : sample[sample.Count / 2];
    }

    [System.Text.RegularExpressions.GeneratedRegex("^title: .*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex TitleLine();

    private static string AddRelation(string text, string target, ContentSet set)
    {
        var type = set.RelationTypes.Keys.First();
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var head = text[..end];
        return head.Contains("relations:", StringComparison.Ordinal)
            ? head.Replace("relations:\n", $"relations:\n  - {{ type: {type}, target: {target} }}\n", StringComparison.Ordinal) + text[end..]
            : head + $"\nrelations:\n  - {{ type: {type}, target: {target} }}" + text[end..];
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
