using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Health;

/// <summary>The body of <c>GET /health</c>: the status (<c>ok</c>, <c>degraded</c> or <c>unhealthy</c>), the snapshot's
/// fingerprint, build time and document count, and every content problem with file and line.</summary>
public static class HealthJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var snapshot = context.RequestServices.GetRequiredService<SnapshotHolder>().Current;
        var problems = snapshot?.Problems ?? [];
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        return Results.Json(new
        {
            Status = report.Status switch
            {
                HealthStatus.Healthy => "ok",
                HealthStatus.Degraded => "degraded",
                _ => "unhealthy",
            },
            Documents = snapshot?.Documents.Count ?? 0,
            Errors = errors,
            Warnings = problems.Count - errors,
            snapshot?.Fingerprint,
            snapshot?.BuiltAt,
            IndexRebuilt = snapshot?.Index.Rebuilt,
            Checks = report.Entries.ToDictionary(e => e.Key, e => new { Status = e.Value.Status.ToString(), e.Value.Description }),
            Problems = problems.Select(p => new { p.File, p.Line, Severity = p.Severity.ToString().ToLowerInvariant(), p.Message, Text = p.ToString() }),
        }, statusCode: context.Response.StatusCode).ExecuteAsync(context);
    }
}
