using Microsoft.AspNetCore.Http;
using ReportPortal.Web.Caching;
using Serilog.Events;

namespace ReportPortal.Web.Tests.Caching;

/// <summary>What an operator finds in the log: not a line per cached answer, but every error, every client error and
/// every slow answer.</summary>
public sealed class RequestLogLevelsTests
{
    [Theory]
    [InlineData(200, 0.05, LogEventLevel.Debug)]
    [InlineData(304, 0.02, LogEventLevel.Debug)]
    [InlineData(302, 3.0, LogEventLevel.Debug)]
    [InlineData(200, 150.0, LogEventLevel.Information)]
    [InlineData(404, 1.0, LogEventLevel.Information)]
    [InlineData(429, 0.1, LogEventLevel.Information)]
    [InlineData(200, 2500.0, LogEventLevel.Warning)]
    [InlineData(500, 1.0, LogEventLevel.Error)]
    [InlineData(503, 1.0, LogEventLevel.Error)]
    public void Quick_successful_answers_are_debug_and_the_rest_is_logged(int status, double milliseconds, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;

        Assert.Equal(expected, RequestLogLevels.For(context, milliseconds, null));
    }

    [Theory]
    [InlineData("/chapters/01-origins", "5", LogEventLevel.Warning)] // the index is being built, or no content yet
    [InlineData("/api/search", "1", LogEventLevel.Warning)] // a search over its time budget
    [InlineData("/health/ready", null, LogEventLevel.Information)] // polled by the load balancer while not ready
    [InlineData("/health", null, LogEventLevel.Information)]
    [InlineData("/chapters/01-origins", null, LogEventLevel.Error)] // a 503 nobody planned
    public void A_planned_503_is_not_an_error(string path, string? retryAfter, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Response.StatusCode = 503;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        Assert.Equal(expected, RequestLogLevels.For(context, 1, null));
    }

    [Fact]
    public void An_exception_is_an_error_whatever_the_status()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 1, new InvalidOperationException("boom")));
    }
}
