using System.Diagnostics;
using System.Globalization;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Benchmarks;

/// <summary>Index build time by phase (fingerprint, load, render, write), in process, on the real content and on
/// synthetic corpora, for the current <see cref="IndexBuilder"/> and the earlier EF Core one
/// (<see cref="EfCoreIndexBuilder"/>), alternating in one run so that both see the same machine load.</summary>
public static class BuildBenchmark
{
    public static void Run(IEnumerable<int> sizes, TextWriter report)
    {
        var realPath = Path.Combine(ReportPortal.Tests.Support.TestPaths.RepositoryRoot, "content");
        report.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
        report.WriteLine();
        report.WriteLine("| content | builder | documents | fingerprint ms | load ms | render ms | write ms | whole build ms |");
        report.WriteLine("|---|---|---|---|---|---|---|---|");
        var cold = Measure(realPath, current: true); // the first build in the process includes JIT and EF Core's model
        report.WriteLine(Row("real, first build in the process", "current", cold));
        var runs = Enumerable.Range(0, 8).Select(i => (Current: i % 2 == 0, Phases: Measure(realPath, current: i % 2 == 0))).ToList();
        report.WriteLine(Row("real, best of 4 warm", "EF Core (before)", runs.Where(r => !r.Current).Select(r => r.Phases).MinBy(p => p.Total)!));
        report.WriteLine(Row("real, best of 4 warm", "current", runs.Where(r => r.Current).Select(r => r.Phases).MinBy(p => p.Total)!));
        report.Flush();

        var real = ContentLoader.Load(realPath);
        foreach (var size in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), "reportportal-build-bench", size.ToString(CultureInfo.InvariantCulture));
            if (!Directory.Exists(folder))
            {
                new SyntheticCorpus(real).Write(folder, size);
            }

            report.WriteLine(Row($"synthetic {size:N0}", "EF Core (before)", Measure(folder, current: false)));
            report.Flush();
            report.WriteLine(Row($"synthetic {size:N0}", "current", Measure(folder, current: true)));
            report.Flush();
        }
    }

    private static string Row(string name, string builder, Phases p) =>
        p.Render is { } render
            ? $"| {name} | {builder} | {p.Documents:N0} | {p.Fingerprint:0} | {p.Load:0} | {render:0} | {p.Total - p.Fingerprint - p.Load - render:0} | {p.Total:0} |"
            : $"| {name} | {builder} | {p.Documents:N0} | {p.Fingerprint:0} | {p.Load:0} | (in build) | (in build) | {p.Total:0} |";

    private sealed record Phases(int Documents, double Fingerprint, double Load, double? Render, double Total);

    /// <summary>The phases of <see cref="IndexFile.Ensure(string, string)"/> on a fresh index file; render and write
    /// are told apart by the current build's progress report.</summary>
    private static Phases Measure(string contentPath, bool current)
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "reportportal-build-bench", $"index-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(indexPath)!);
        try
        {
            var clock = Stopwatch.StartNew();
            var fingerprint = ContentFingerprint.Compute(contentPath);
            var fingerprintMs = clock.Elapsed.TotalMilliseconds;
            var content = ContentLoader.Load(contentPath);
            var loadMs = clock.Elapsed.TotalMilliseconds - fingerprintMs;
            var buildStart = clock.Elapsed.TotalMilliseconds;
            double? renderMs = null;
            if (current)
            {
                IndexBuilder.Build(content, indexPath, fingerprint, progress: null, log: _ => renderMs ??= clock.Elapsed.TotalMilliseconds - buildStart);
            }
            else
            {
                EfCoreIndexBuilder.Build(content, indexPath, fingerprint);
            }

            return new Phases(content.Documents.Count, fingerprintMs, loadMs, renderMs, clock.Elapsed.TotalMilliseconds);
        }
        finally
        {
            File.Delete(indexPath);
        }
    }
}
