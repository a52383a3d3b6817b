using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Search;
using ReportPortal.Web.Security;

namespace ReportPortal.Web.Api;

/// <summary><c>GET /api/search?q=&amp;kind=&amp;limit=</c>.</summary>
public static class SearchApi
{
    public const int MaxLimit = 100;

    /// <summary>A query of more words than this is refused (400): no reader types it, and each word is an FTS5 phrase.</summary>
    public const int MaxTokens = 16;

    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/search", async (string? q, string? kind, int? limit, SearchService search, HttpContext http, ILogger<SearchService> log, CancellationToken ct) =>
        {
            if (Validate(q, kind, limit) is { } problem)
            {
                return problem;
            }

            SearchResult result;
            try
            {
                result = await search.SearchAsync(q, kind, limit ?? 20, 0, ct);
            }
            catch (SearchTimeoutException e)
            {
                log.LogWarning("Search stopped over its time budget: {Query} ({Message})", q, e.Message);
                http.Response.Headers.RetryAfter = "1";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search took too long",
                    detail: "The search ran over its time budget and was stopped. Try a more specific query.");
            }

            return Results.Ok(new
            {
                result.Query,
                result.Total,
                result.TotalIsLowerBound,
                Kinds = result.KindCounts,
                Message = result.Terms.Count == 0 ? "请输入要搜索的词语（中文或英文）。" : result.Total == 0 ? "没有找到匹配的内容。" : null,
                Hits = result.Hits.Select(h => new { h.Id, h.Kind, h.Title, h.TitleEn, h.Url, Section = h.SectionTitle, h.Snippet, h.Score }),
            });
        }).RateLimited();
    }

    /// <summary>A 400 problem for parameters the search cannot take, or null when they are fine.</summary>
    public static IResult? Validate(string? q, string? kind, int? limit)
    {
        if (q is { Length: > SearchQuery.MaxLength })
        {
            return Results.Problem(statusCode: 400, title: "Query too long", detail: $"A query may have at most {SearchQuery.MaxLength} characters.");
        }

        if (SearchQuery.Parse(q).Terms.Count > MaxTokens)
        {
            return Results.Problem(statusCode: 400, title: "Too many words", detail: $"A query may have at most {MaxTokens} words.");
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
