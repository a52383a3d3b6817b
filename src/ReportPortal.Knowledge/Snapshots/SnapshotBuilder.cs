using ReportPortal.Knowledge.Diagnostics;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Snapshots;

/// <summary>Makes the snapshot of a content folder's current version. The first one reuses or builds the configured
/// index file; each later version gets its own file beside it (<see cref="IndexFile.VersionedPath"/>), so the file a
/// request reads is never replaced or changed under it.</summary>
public static class SnapshotBuilder
{
    /// <summary>The snapshot of the content as it is now, or null when <paramref name="current"/> already is it.</summary>
    public static KnowledgeSnapshot? Build(string contentPath, string basePath, KnowledgeSnapshot? current, BuildProgress? progress = null)
    {
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

        return KnowledgeSnapshot.Load(contentPath, path, progress);
    }
}
