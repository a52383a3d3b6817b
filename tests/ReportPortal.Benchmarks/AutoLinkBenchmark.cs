using System.Diagnostics;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Benchmarks;

/// <summary>The cost of automatic linking on the real content: building the matcher once, and applying it per page.</summary>
public static class AutoLinkBenchmark
{
    public static void Run(TextWriter report)
    {
        var content = ContentLoader.Load(Path.Combine(ReportPortal.Tests.Support.TestPaths.RepositoryRoot, "content"));
        var renderer = new DocumentRenderer();
        var clock = Stopwatch.StartNew();
        var linker = new AutoLinker(content.Documents);
        var buildMs = clock.Elapsed.TotalMilliseconds;

        var pages = content.Documents.Select(d => renderer.Parse(d)).ToList();
        foreach (var warm in content.Documents.Take(50).Select(d => renderer.Parse(d)))
        {
            linker.Apply(warm);
        }

        var stats = Latency.Measure(pages, linker.Apply, warmup: 0);
        var chapters = pages.Where(p => p.Source.Kind == DocumentKind.Chapter).ToList();
        var chapterStats = Latency.Measure(content.Documents.Where(d => d.Kind == DocumentKind.Chapter).Select(d => renderer.Parse(d)).ToList(), linker.Apply, warmup: 0);
        var links = pages.Sum(p => p.Links.Count(l => l.IsAutomatic));

        report.WriteLine($"{linker.NameCount:N0} names in the automaton, built in {buildMs:0.0} ms.");
        report.WriteLine($"All {pages.Count} pages: mean {stats.Mean:0.000} ms, p50 {stats.P50:0.000} ms, p99 {stats.P99:0.000} ms per page; {links:N0} links added.");
        report.WriteLine($"The {chapters.Count} chapters (the longest pages): mean {chapterStats.Mean:0.000} ms, p99 {chapterStats.P99:0.000} ms per chapter.");
    }
}
