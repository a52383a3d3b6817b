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

    [Fact]
    public void An_exception_is_an_error_whatever_the_status()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 1, new InvalidOperationException("boom")));
    }
}
