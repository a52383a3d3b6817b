using Serilog.Events;

namespace ReportPortal.Web.Caching;

/// <summary>The level of the one log line Serilog writes per request. A quick answer that went well (below 400, under
/// <see cref="QuickMilliseconds"/>: in practice the cached pages and API answers) is logged at Debug, so it is not
/// written in Production: writing a line per request cost about a third of the CPU of serving a cached page, and
/// nginx in front keeps an access log of every request anyway. Client errors stay Information, slow answers Warning,
/// server errors Error, except planned refusals: a 503 with <c>Retry-After</c> (the index is being built, the content
/// is unavailable, a search ran over its budget) is Warning, and a health endpoint that answers 503 is Information
/// (a load balancer polls it every few seconds; the cause is logged once by whatever caused it).</summary>
public static class RequestLogLevels
{
    public const double QuickMilliseconds = 100;

    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        if (exception is null && status == StatusCodes.Status503ServiceUnavailable)
        {
            return context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal) ? LogEventLevel.Information
                : context.Response.Headers.RetryAfter.Count > 0 ? LogEventLevel.Warning
                : LogEventLevel.Error;
        }

        return exception is not null || status >= 500 ? LogEventLevel.Error
            : elapsedMilliseconds >= 1000 ? LogEventLevel.Warning
            : status >= 400 || elapsedMilliseconds >= QuickMilliseconds ? LogEventLevel.Information
            : LogEventLevel.Debug;
    }
}
