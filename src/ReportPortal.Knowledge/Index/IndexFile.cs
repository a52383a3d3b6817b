using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Diagnostics;

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
    /// <summary>What was found wrong in or beside the index file and set aside before it was opened
    /// (<see cref="IndexFileGuard"/>), one sentence each.</summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];

    public string ConnectionString => IndexFile.ConnectionStringFor(IndexPath);
}

/// <summary>The index is a cache of the content folder. <see cref="Ensure"/> reuses the index file when its
/// fingerprint matches the content; otherwise it builds a new file beside it and moves it into place only when
/// complete, so a half-built index is never served.</summary>
public static class IndexFile
{
    public static string ConnectionStringFor(string indexPath) => $"Data Source={indexPath};Mode=ReadOnly";

    public static IndexStatus Ensure(string contentPath, string indexPath, BuildProgress? progress = null) =>
        Ensure(contentPath, indexPath, (content, path, fingerprint) => IndexBuilder.Build(content, path, fingerprint, progress, log: null), progress);

    /// <summary><see cref="Ensure(string, string, BuildProgress)"/> with the build step given, so tests can make a build fail halfway.</summary>
    internal static IndexStatus Ensure(string contentPath, string indexPath, Func<ContentSet, string, string, IReadOnlyList<ContentProblem>> build,
        BuildProgress? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = ContentFingerprint.Compute(contentPath);
        indexPath = Path.GetFullPath(indexPath);
        var repairs = IndexFileGuard.Inspect(indexPath);
        if (TryReadExisting(indexPath, fingerprint) is { } existing)
        {
            return existing with { Elapsed = clock.Elapsed, Repairs = repairs };
        }

        Directory.CreateDirectory(Path.GetDirectoryName(indexPath)!);
        var building = $"{indexPath}.building-{Guid.NewGuid():N}";
        try
        {
            var content = ContentLoader.Load(contentPath, progress);
            var problems = build(content, building, fingerprint);
            File.Move(building, indexPath, overwrite: true);
            SqliteConnection.ClearAllPools();
            return new IndexStatus(indexPath, fingerprint, true, clock.Elapsed, content.Documents.Count, problems) { Repairs = repairs };
        }
        finally
        {
            File.Delete(building);
        }
    }

    /// <summary>The index file for a content version beside <paramref name="basePath"/>: <c>index.db</c> becomes
    /// <c>index.&lt;fingerprint&gt;.db</c>. A running portal builds each new version into its own file, so the file a
    /// request reads is never replaced under it.</summary>
    public static string VersionedPath(string basePath, string fingerprint)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(basePath))!;
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(basePath)}.{fingerprint[..16]}{Path.GetExtension(basePath)}");
    }

    /// <summary>Versioned files (<see cref="VersionedPath"/>) of earlier runs beside <paramref name="basePath"/>, and
    /// files of builds that never finished.</summary>
    public static IEnumerable<string> LeftoverFiles(string basePath)
    {
        var full = Path.GetFullPath(basePath);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var stem = Path.GetFileNameWithoutExtension(full);
        var extension = Path.GetExtension(full);
        return Directory.EnumerateFiles(directory)
            .Where(f => f != full && Path.GetFileName(f) is var name
                && ((name.StartsWith(stem + ".", StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal) && name.Length == stem.Length + 17 + extension.Length)
                    || name.StartsWith(Path.GetFileName(full) + ".building-", StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>The fingerprint stored in an index file, or null when there is no readable one.</summary>
    public static string? StoredFingerprint(string indexPath)
    {
        if (!File.Exists(indexPath))
        {
            return null;
        }

        try
        {
            using var db = new PortalDb(PortalDb.OptionsFor(ConnectionStringFor(indexPath) + ";Pooling=False"));
            return db.Meta.Where(m => m.Key == "fingerprint").Select(m => m.Value).FirstOrDefault();
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>The index file as it is, compared with no content: a replica with <c>Portal:Watch=false</c> and no
    /// content folder serves a prebuilt index this way. Nothing is written; a file that is damaged
    /// (<see cref="IndexFileGuard.Damage"/>) or not a portal index throws <see cref="InvalidDataException"/>.</summary>
    public static IndexStatus ReadAsIs(string indexPath)
    {
        var clock = Stopwatch.StartNew();
        indexPath = Path.GetFullPath(indexPath);
        if (IndexFileGuard.Damage(indexPath) is { } why)
        {
            throw new InvalidDataException($"{Path.GetFileName(indexPath)}: {why}");
        }

        try
        {
            using var db = new PortalDb(PortalDb.OptionsFor(ConnectionStringFor(indexPath) + ";Pooling=False"));
            var stored = db.Meta.Where(m => m.Key == "fingerprint").Select(m => m.Value).FirstOrDefault()
                ?? throw new InvalidDataException($"{Path.GetFileName(indexPath)}: no fingerprint, not a portal index");
            return Read(db, indexPath, stored) with { Elapsed = clock.Elapsed };
        }
        catch (SqliteException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(indexPath)}: not a portal index of this version ({ex.Message})", ex);
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
            return stored == fingerprint ? Read(db, indexPath, fingerprint) : null;
        }
        catch (SqliteException)
        {
            return null; // unreadable or from an older format: rebuild
        }
    }

    private static IndexStatus Read(PortalDb db, string indexPath, string fingerprint)
    {
        var problems = db.Problems.OrderBy(p => p.Id).AsEnumerable()
            .Select(p => new ContentProblem(p.File, p.Line, Enum.Parse<ProblemSeverity>(p.Severity), p.Message)).ToList();
        return new IndexStatus(indexPath, fingerprint, false, TimeSpan.Zero, db.Documents.Count(), problems);
    }
}
