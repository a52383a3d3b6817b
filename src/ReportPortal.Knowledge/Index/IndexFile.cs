using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Index;

/// <summary>What <see cref="IndexFile.Ensure"/> found or did.</summary>
public sealed record IndexStatus(
    string IndexPath,
    string Fingerprint,
    bool Rebuilt,
    TimeSpan Elapsed,
    int DocumentCount,
    IReadOnlyList<ContentProblem> Problems)
{
    public string ConnectionString => IndexFile.ConnectionStringFor(IndexPath);
}

/// <summary>The index is a cache of the content folder. <see cref="Ensure"/> reuses the index file when its
/// fingerprint matches the content; otherwise it builds a new file beside it and moves it into place only when
/// complete, so a half-built index is never served.</summary>
public static class IndexFile
{
    public static string ConnectionStringFor(string indexPath) => $"Data Source={indexPath};Mode=ReadOnly";

    public static IndexStatus Ensure(string contentPath, string indexPath) => Ensure(contentPath, indexPath, IndexBuilder.Build);

    /// <summary><see cref="Ensure(string, string)"/> with the build step given, so tests can make a build fail halfway.</summary>
    internal static IndexStatus Ensure(string contentPath, string indexPath, Func<ContentSet, string, string, IReadOnlyList<ContentProblem>> build)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = ContentFingerprint.Compute(contentPath);
        indexPath = Path.GetFullPath(indexPath);
        if (TryReadExisting(indexPath, fingerprint) is { } existing)
        {
            return existing with { Elapsed = clock.Elapsed };
        }

        Directory.CreateDirectory(Path.GetDirectoryName(indexPath)!);
        var building = $"{indexPath}.building-{Guid.NewGuid():N}";
        try
        {
            var content = ContentLoader.Load(contentPath);
            var problems = build(content, building, fingerprint);
            File.Move(building, indexPath, overwrite: true);
            SqliteConnection.ClearAllPools();
            return new IndexStatus(indexPath, fingerprint, true, clock.Elapsed, content.Documents.Count, problems);
        }
        finally
        {
            File.Delete(building);
        }
    }

    private static IndexStatus? TryReadExisting(string indexPath, string fingerprint)
    {
        if (!File.Exists(indexPath))
        {
            return null;
        }

        try
        {
            using var db = new PortalDb(PortalDb.OptionsFor(ConnectionStringFor(indexPath) + ";Pooling=False"));
            var stored = db.Meta.Where(m => m.Key == "fingerprint").Select(m => m.Value).FirstOrDefault();
            if (stored != fingerprint)
            {
                return null;
            }

            var problems = db.Problems.OrderBy(p => p.Id).AsEnumerable()
                .Select(p => new ContentProblem(p.File, p.Line, Enum.Parse<ProblemSeverity>(p.Severity), p.Message)).ToList();
            return new IndexStatus(indexPath, fingerprint, false, TimeSpan.Zero, db.Documents.Count(), problems);
        }
        catch (SqliteException)
        {
            return null; // unreadable or from an older format: rebuild
        }
    }
}
