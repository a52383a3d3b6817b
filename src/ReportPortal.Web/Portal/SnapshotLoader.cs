using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Portal;

/// <summary>Builds (or reuses) the index of the content folder, opens it as a snapshot, swaps it in and logs what
/// it found: the one method a content change calls.</summary>
public sealed class SnapshotLoader(PortalPaths paths, SnapshotHolder holder, ILogger<SnapshotLoader> logger)
{
    public KnowledgeSnapshot LoadAndSwap()
    {
        var snapshot = KnowledgeSnapshot.Load(paths.ContentPath, paths.IndexPath);
        holder.Swap(snapshot);
        Log(snapshot);
        return snapshot;
    }

    private void Log(KnowledgeSnapshot snapshot)
    {
        var status = snapshot.Index;
        logger.LogInformation("Index {Action} at {IndexPath} from {ContentPath}: {Documents} documents, {Problems} problems, {Elapsed} ms",
            status.Rebuilt ? "built" : "reused", status.IndexPath, paths.ContentPath, status.DocumentCount, status.Problems.Count,
            (int)status.Elapsed.TotalMilliseconds);
        foreach (var problem in status.Problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                logger.LogError("Content {File}:{Line}: {Message}", problem.File, problem.Line, problem.Message);
            }
            else
            {
                logger.LogWarning("Content {File}:{Line}: {Message}", problem.File, problem.Line, problem.Message);
            }
        }
    }
}
