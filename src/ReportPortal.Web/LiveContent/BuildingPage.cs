using System.Globalization;
using System.Net;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.LiveContent;

/// <summary>Until the first snapshot exists, pages and API answers are 503 with <c>Retry-After</c>: a short page that
/// says how far the build has got, or ProblemDetails for the API. Health checks and static files pass.</summary>
public static class BuildingPage
{
    public const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseBuildingPage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var holder = context.RequestServices.GetRequiredService<SnapshotHolder>();
        var path = context.Request.Path.Value ?? "";
        if (holder.Current is not null || path.StartsWith("/health", StringComparison.Ordinal) || Path.HasExtension(path))
        {
            await next(context);
            return;
        }

        var progress = context.RequestServices.GetRequiredService<SnapshotLoader>().Progress;
        var state = progress is null ? holder.LastFailure ?? "starting" : $"{progress.Stage}: {progress.Done} / {progress.Total}";
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            await Results.Problem(statusCode: 503, title: "Building the index", detail: $"The index is being built ({state}). Retry in {RetryAfterSeconds} s.")
                .ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>正在建立索引 · Building the index</title></head>
            <body><main><h1>正在建立索引</h1><p>网站刚刚启动，正在读取内容并建立搜索索引（{WebUtility.HtmlEncode(state)}）。请 {RetryAfterSeconds} 秒后刷新。</p>
            <p lang="en">Building the index ({WebUtility.HtmlEncode(state)}). Please retry in {RetryAfterSeconds} seconds.</p></main></body></html>
            """);
    });
}
