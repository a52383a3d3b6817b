using System.Diagnostics;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Web.Portal;

/// <summary><c>dotnet ReportPortal.Web.dll index --out FILE [--content DIR]</c>: builds the index of a content folder
/// into FILE ahead of time (for replicas started with <c>Portal:IndexPath</c> pointing at it) and exits. Progress and
/// every content problem (as <c>file:line: severity: message</c>, like <c>check</c>) go to standard error. Exit
/// codes: 0 built, 1 built but the content has errors (files left out), 2 bad arguments or no content folder.</summary>
public static class IndexCommand
{
    public const string Usage = "usage: index --out FILE [--content DIR]";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "index";

    /// <param name="args">The command line, <c>index</c> first.</param>
    /// <param name="defaultContent">The content folder when <c>--content</c> is not given (the portal's default).</param>
    /// <param name="log">Where progress and problems are written (standard error).</param>
    public static int Run(string[] args, string defaultContent, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(log);
        if (Parse(args) is not { } options)
        {
            log.WriteLine(Usage);
            return 2;
        }

        var contentPath = Path.GetFullPath(options.Content ?? defaultContent);
        var outPath = Path.GetFullPath(options.Out);
        if (!Directory.Exists(contentPath))
        {
            log.WriteLine($"content folder not found: {contentPath}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var fingerprint = ContentFingerprint.Compute(contentPath);
        var content = ContentLoader.Load(contentPath);
        log.WriteLine($"loaded {content.Documents.Count} documents from {contentPath} in {clock.ElapsedMilliseconds} ms");

        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        var building = $"{outPath}.building-{Guid.NewGuid():N}";
        IReadOnlyList<ContentProblem> problems;
        try
        {
            problems = IndexBuilder.Build(content, building, fingerprint, progress: null, log: log.WriteLine);
            File.Move(building, outPath, overwrite: true); // a reader of FILE sees the old file or the new one, whole
            IndexFileGuard.SetAsideCompanions(outPath).ForEach(log.WriteLine); // a stray -wal would be applied to it
        }
        finally
        {
            File.Delete(building);
        }

        foreach (var problem in problems)
        {
            log.WriteLine(problem.ToString());
        }

        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        log.WriteLine($"{outPath}: {content.Documents.Count} documents, fingerprint {fingerprint[..12]}, " +
            $"{new FileInfo(outPath).Length / 1024.0 / 1024.0:0.0} MB, {errors} errors, {problems.Count - errors} warnings, {clock.ElapsedMilliseconds} ms");
        return errors == 0 ? 0 : 1;
    }

    private sealed record Options(string Out, string? Content);

    private static Options? Parse(string[] args)
    {
        string? output = null;
        string? content = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (i + 1 >= args.Length)
            {
                return null;
            }

            switch (args[i])
            {
                case "--out":
                    output = args[++i];
                    break;
                case "--content":
                    content = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return output is { Length: > 0 } ? new Options(output, content) : null;
    }
}
