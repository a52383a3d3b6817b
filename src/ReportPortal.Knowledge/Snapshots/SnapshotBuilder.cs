using ReportPortal.Knowledge.Diagnostics;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Snapshots;

/// <summary>Makes the snapshot of a content folder's current version. The first one reuses or builds the configured
/// index file; each later version gets its own file beside it (<see cref="IndexFile.VersionedPath"/>), so the file a
/// request reads is never replaced or changed under it. Once <see cref="KeepState"/> has been called on a snapshot,
/// each later version is written as an incremental update of the previous file when only a few Markdown files changed
/// (<see cref="Index.Incremental.IncrementalUpdate"/>), and built in full otherwise.</summary>
public static class SnapshotBuilder
{
    /// <summary>The snapshot of the content as it is now, or null when <paramref name="current"/> already is it.</summary>
    public static KnowledgeSnapshot? Build(string contentPath, string basePath, KnowledgeSnapshot? current, BuildProgress? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var fingerprint = ContentFingerprint.Compute(contentPath);
        if (current?.Fingerprint == fingerprint)
        {
            return null;
        }

        var path = current is null || IndexFile.StoredFingerprint(basePath) == fingerprint ? basePath : IndexFile.VersionedPath(basePath, fingerprint);
        if (current is null && IndexFile.StoredFingerprint(basePath) != fingerprint && File.Exists(IndexFile.VersionedPath(basePath, fingerprint)))
        {
            path = IndexFile.VersionedPath(basePath, fingerprint); // the last version a previous run built
        }

        if (current is null || !SnapshotStates.IsKept(current))
        {
            return KnowledgeSnapshot.Load(contentPath, path, progress);
        }

        var (updated, why) = SnapshotStates.TryUpdate(current, path, fingerprint, clock.Elapsed, progress);
        if (updated is not null)
        {
            return updated;
        }

        var full = KnowledgeSnapshot.Load(contentPath, path, progress);
        SnapshotStates.Note(full, $"full build ({why})");
        SnapshotStates.Learn(full, contentPath);
        return full;
    }

    /// <summary>From <paramref name="snapshot"/> on, keep what each build knows so that the next small edit is an
    /// incremental update. Learning the first state (a load and render of every document, nothing written) runs in the
    /// background; the task ends when it is known.</summary>
    public static Task KeepState(KnowledgeSnapshot snapshot, string contentPath)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return SnapshotStates.Learn(snapshot, contentPath);
    }

    /// <summary>How a snapshot was built, when it was a rebuild of a kept one ("incremental: …" or "full build (why)"),
    /// or why its state could not be kept; null otherwise.</summary>
    public static string? HowBuilt(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return SnapshotStates.NoteOf(snapshot);
    }
}
