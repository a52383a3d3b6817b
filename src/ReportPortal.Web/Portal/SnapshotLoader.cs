using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Diagnostics;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Portal;

/// <summary>Builds the snapshot of the content as it is now and swaps it in: the one method a content change calls.
/// A build that fails leaves the last good snapshot serving and records why; a replaced snapshot's versioned index
/// file is deleted once its last request has ended. Without a content folder nothing is built (pages answer 503),
/// except that a replica with <c>Portal:Watch=false</c> serves its prebuilt index file as it is.</summary>
public sealed class SnapshotLoader(PortalPaths paths, SnapshotHolder holder, IOptions<PortalOptions> options, ILogger<SnapshotLoader> logger)
{
    private readonly Lock _gate = new();

    /// <summary>How far the running build has got, or null when none runs.</summary>
    public BuildProgress? Progress { get; private set; }

    /// <summary>Builds and swaps in the current content version; false when nothing changed or the build failed.
    /// Builds never overlap: a caller waits for the one that runs.</summary>
    public bool Rebuild(string reason)
    {
        lock (_gate)
        {
            if (Directory.Exists(paths.ContentPath))
            {
                return BuildAndSwap(progress => SnapshotBuilder.Build(paths.ContentPath, paths.IndexPath, holder.Current, progress), reason);
            }

            if (holder.Current is null && !options.Value.Watch && File.Exists(paths.IndexPath))
            {
                return BuildAndSwap(_ => KnowledgeSnapshot.Open(IndexFile.ReadAsIs(paths.IndexPath)), "no content folder: the prebuilt index as it is");
            }

            ReportMissingFolder();
            return false;
        }
    }

    private bool BuildAndSwap(Func<BuildProgress, KnowledgeSnapshot?> build, string reason)
    {
        var progress = Progress = new BuildProgress();
        using var reporter = new Timer(_ => logger.LogInformation("Building the index: {Progress}", progress.ToString()), null, 2000, 2000);
        try
        {
            if (holder.Current is null)
            {
                DeleteLeftovers();
            }

            if (build(progress) is not { } next)
            {
                return false;
            }

            holder.Swap(next, Retire);
            Log(next, reason);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            holder.ReportFailure($"{ex.GetType().Name}: {ex.Message}");
            logger.LogError(ex, "Rebuild after {Reason} failed; the last good snapshot goes on serving", reason);
            return false;
        }
        finally
        {
            Progress = null;
        }
    }

    /// <summary>What readers and /health are told while the content folder is missing (its path goes to the log only).</summary>
    public const string MissingFolder = "content folder not found";

    /// <summary>Logs a missing content folder once, not at every periodic check; the last snapshot, if any, goes on
    /// serving, and a build starts as soon as the folder appears.</summary>
    private void ReportMissingFolder()
    {
        if (holder.LastFailure != MissingFolder)
        {
            logger.LogError("Content folder not found: {ContentPath} (set Portal:ContentPath, or publish with content/ beside the app)",
                paths.ContentPath);
        }

        holder.ReportFailure(MissingFolder);
    }

    /// <summary>A replaced snapshot's own file goes when its last request has ended; the configured file stays.</summary>
    private void Retire(KnowledgeSnapshot old)
    {
        var path = old.Index.IndexPath;
        if (string.Equals(path, Path.GetFullPath(paths.IndexPath), StringComparison.Ordinal)
            || string.Equals(path, holder.Current?.Index.IndexPath, StringComparison.Ordinal))
        {
            return; // the configured file, or the content went back to this version and its file serves again
        }

        try
        {
            using (var connection = new SqliteConnection(old.Index.ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            File.Delete(path);
            logger.LogInformation("Deleted the index file of a replaced snapshot: {IndexPath}", path);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not delete {IndexPath}", path);
        }
    }

    private void DeleteLeftovers()
    {
        foreach (var file in IndexFile.LeftoverFiles(paths.IndexPath))
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // another process may still read it; the next start tries again
            }
        }
    }

    private void Log(KnowledgeSnapshot snapshot, string reason)
    {
        var status = snapshot.Index;
        logger.LogInformation("Index {Action} at {IndexPath} from {ContentPath} ({Reason}): {Documents} documents, {Problems} problems, {Elapsed} ms",
            status.Rebuilt ? "built" : "reused", status.IndexPath, paths.ContentPath, reason, status.DocumentCount, status.Problems.Count,
            (int)status.Elapsed.TotalMilliseconds);
        foreach (var repair in status.Repairs)
        {
            logger.LogWarning("Index file {Repair}", repair);
        }

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
