using Serilog.Events;

namespace ReportPortal.Web.Caching;

/// <summary>The level of the one log line Serilog writes per request. A quick answer that went well (below 400, under
/// <see cref="QuickMilliseconds"/>: in practice the cached pages and API answers) is logged at Debug, so it is not
/// written in Production: writing a line per request cost about a third of the CPU of serving a cached page, and
/// nginx in front keeps an access log of every request anyway. Client errors stay Information, slow answers Warning,
/// server errors Error.</summary>
public static class RequestLogLevels
{
    public const double QuickMilliseconds = 100;

    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        return exception is not null || status >= 500 ? LogEventLevel.Error
            : elapsedMilliseconds >= 1000 ? LogEventLevel.Warning
            : status >= 400 || elapsedMilliseconds >= QuickMilliseconds ? LogEventLevel.Information
            : LogEventLevel.Debug;
    }
}
