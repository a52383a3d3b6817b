using ReportPortal.Knowledge.Search;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Security;

namespace ReportPortal.Web.Api;

/// <summary><c>GET /api/suggest?q=&amp;limit=</c>: titles and aliases that start with what the reader typed.</summary>
public static class SuggestApi
{
    public static void MapSuggestApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/suggest", (string? q, int? limit, KnowledgeSnapshot snapshot) =>
        {
            if (q is { Length: > SearchQuery.MaxLength })
            {
                return Results.Problem(statusCode: 400, title: "Query too long", detail: $"A query may have at most {SearchQuery.MaxLength} characters.");
            }

            if (limit is < 1 or > 20)
            {
                return Results.Problem(statusCode: 400, title: "Bad limit", detail: "limit must be between 1 and 20.");
            }

            return Results.Ok(snapshot.Suggestions.Suggest(q, limit ?? 8));
        }).RateLimited();
    }
}
