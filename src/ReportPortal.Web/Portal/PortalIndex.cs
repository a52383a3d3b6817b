using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Web.Portal;

/// <summary>The index the app serves: built or reused once, when the app starts, and logged.</summary>
public sealed class PortalIndex
{
    public PortalIndex(string contentPath, string indexPath, ILogger<PortalIndex> logger)
    {
        ContentPath = contentPath;
        Status = KnowledgeIndex.Ensure(contentPath, indexPath);
        logger.LogInformation("Index {Action} at {IndexPath} from {ContentPath}: {Documents} documents, {Problems} problems, {Elapsed} ms",
            Status.Rebuilt ? "built" : "reused", Status.IndexPath, contentPath, Status.DocumentCount, Status.Problems.Count,
            (int)Status.Elapsed.TotalMilliseconds);
        foreach (var problem in Status.Problems)
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

    public string ContentPath { get; }
    public IndexStatus Status { get; }
}
