using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Health;

/// <summary>Readiness: a content snapshot is being served. Unhealthy (503) while the first one is being built.</summary>
public sealed class SnapshotReadyCheck(SnapshotHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(holder.Current is { } snapshot
            ? HealthCheckResult.Healthy($"Serving content {snapshot.Fingerprint}.")
            : HealthCheckResult.Unhealthy(NoSnapshot(holder)));

    /// <summary>Why nothing is served: the last failure (such as a missing content folder), or a build still running.</summary>
    internal static string NoSnapshot(SnapshotHolder holder) =>
        holder.LastFailure is { } failure ? $"No content snapshot is being served: {failure}." : "No content snapshot is being served yet.";
}

/// <summary>Content health: unhealthy without a snapshot; degraded when the last rebuild failed (the previous snapshot
/// goes on serving, and the answer says since when) or the content has errors (files left out, see <c>/health</c> for
/// each with file and line); healthy otherwise (warnings do not degrade it).</summary>
public sealed class ContentHealthCheck(SnapshotHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (holder.Current is not { } snapshot)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(SnapshotReadyCheck.NoSnapshot(holder)));
        }

        if (holder.LastFailure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"The last rebuild failed ({failure}); serving the content built at {snapshot.BuiltAt:yyyy-MM-dd HH:mm:ss} UTC."));
        }

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        return Task.FromResult(errors == 0
            ? HealthCheckResult.Healthy($"{snapshot.Documents.Count} documents.")
            : HealthCheckResult.Degraded($"{errors} content errors: some files are left out."));
    }
}
