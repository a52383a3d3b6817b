using System.Globalization;
using System.Net;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.LiveContent;

/// <summary>Until the first snapshot exists, pages and API answers are 503 with <c>Retry-After</c>: a short page that
/// says how far the build has got (or, when no build can run, such as when the content folder is missing, why), or
/// ProblemDetails for the API. Health checks and static files pass.</summary>
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
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var failure = progress is null ? holder.LastFailure : null;
        var state = progress is null ? failure ?? "starting" : $"{progress.Stage}: {progress.Done} / {progress.Total}";
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            await (failure is null
                ? Results.Problem(statusCode: 503, title: "Building the index", detail: $"The index is being built ({state}). Retry in {RetryAfterSeconds} s.")
                : Results.Problem(statusCode: 503, title: "Content unavailable", detail: $"No content can be served ({failure}). Retry in {RetryAfterSeconds} s."))
                .ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(failure is null ? Building(state) : Unavailable(failure));
    });

    private static string Building(string state) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>正在建立索引 · Building the index</title></head>
        <body><main><h1>正在建立索引</h1><p>网站刚刚启动，正在读取内容并建立搜索索引（{WebUtility.HtmlEncode(state)}）。请 {RetryAfterSeconds} 秒后刷新。</p>
        <p lang="en">Building the index ({WebUtility.HtmlEncode(state)}). Please retry in {RetryAfterSeconds} seconds.</p></main></body></html>
        """;

    private static string Unavailable(string failure) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>内容暂不可用 · Content unavailable</title></head>
        <body><main><h1>内容暂不可用</h1><p>网站已经启动，但还没有可以提供的内容（{WebUtility.HtmlEncode(failure)}）。管理员已在日志中收到说明；请稍后刷新。</p>
        <p lang="en">The site is up but has no content to serve yet ({WebUtility.HtmlEncode(failure)}). The operator's log says why; please retry later.</p></main></body></html>
        """;
}
