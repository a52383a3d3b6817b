using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Web.Api;

/// <summary><c>GET /api/search?q=&amp;kind=&amp;limit=</c>.</summary>
public static class SearchApi
{
    public const int MaxLimit = 100;

    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (string? q, string? kind, int? limit, SearchService search, CancellationToken ct) =>
        {
            if (Validate(q, kind, limit) is { } problem)
            {
                return problem;
            }

            var result = await search.SearchAsync(q, kind, limit ?? 20, 0, ct);
            return Results.Ok(new
            {
                result.Query,
                result.Total,
                result.TotalIsLowerBound,
                Kinds = result.KindCounts,
                Message = result.Terms.Count == 0 ? "请输入要搜索的词语（中文或英文）。" : result.Total == 0 ? "没有找到匹配的内容。" : null,
                Hits = result.Hits.Select(h => new { h.Id, h.Kind, h.Title, h.TitleEn, h.Url, Section = h.SectionTitle, h.Snippet, h.Score }),
            });
        });
    }

    /// <summary>A 400 problem for parameters the search cannot take, or null when they are fine.</summary>
    public static IResult? Validate(string? q, string? kind, int? limit)
    {
        if (q is { Length: > SearchQuery.MaxLength })
        {
            return Results.Problem(statusCode: 400, title: "Query too long", detail: $"A query may have at most {SearchQuery.MaxLength} characters.");
        }

        if (kind is not null && !SearchService.IsKindFilter(kind))
        {
            return Results.Problem(statusCode: 400, title: "Unknown kind",
                detail: $"kind must be one of: {string.Join(", ", DocumentSchema.Kinds.Select(k => k.Folder))}, {SearchService.GlossaryFilter}");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return Results.Problem(statusCode: 400, title: "Bad limit", detail: $"limit must be between 1 and {MaxLimit}.");
        }

        return null;
    }
}
