using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Api;

/// <summary><c>GET /health</c>: whether the index is up, and every content problem with file and line.</summary>
public static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (SnapshotHolder holder) =>
        {
            if (holder.Current is not { } snapshot)
            {
                return Results.Json(new { Status = "building", holder.LastFailure }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var status = snapshot.Index;
            var errors = status.Problems.Count(p => p.Severity == ProblemSeverity.Error);
            return Results.Ok(new
            {
                Status = errors == 0 ? "ok" : "degraded",
                Documents = status.DocumentCount,
                Errors = errors,
                Warnings = status.Problems.Count - errors,
                status.Fingerprint,
                IndexRebuilt = status.Rebuilt,
                Problems = status.Problems.Select(p => new { p.File, p.Line, Severity = p.Severity.ToString().ToLowerInvariant(), p.Message, Text = p.ToString() }),
            });
        });
    }
}
