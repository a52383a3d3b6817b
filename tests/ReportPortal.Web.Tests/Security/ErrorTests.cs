using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Checklist case 17 (HTTP hardening): a page or endpoint that throws (here: its index has lost tables, so
/// SQLite fails with "no such table") answers 500, the error page or problem JSON, with no stack trace and no SQL;
/// Serilog logs the exception with the trace id the answer carries; CR/LF in a request cannot forge a log line.</summary>
[Collection(LogCapture.Name)]
public sealed partial class ErrorTests(ErrorTests.Host host) : IClassFixture<ErrorTests.Host>
{
    public sealed class Host : IDisposable
    {
        private readonly ScratchFolder _scratch = TestPaths.NewScratch();

        public Host()
        {
            LogPath = Path.Combine(_scratch.Path, "portal.log");
            Portal = new SecurityPortal(new Dictionary<string, string?>
            {
                ["Serilog:Using:0"] = "Serilog.Sinks.File",
                ["Serilog:WriteTo:0:Name"] = "File",
                ["Serilog:WriteTo:0:Args:path"] = LogPath,
                ["Serilog:WriteTo:0:Args:outputTemplate"] = "{Timestamp:HH:mm:ss} [{Level:u3}] {TraceId} {Message:lj}{NewLine}{Exception}",
            });
            Portal.BreakIndex("Events", "Links");
        }

        public string LogPath { get; }

        public SecurityPortal Portal { get; }

        public string ReadLog()
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        public void Dispose()
        {
            Portal.Dispose();
            _scratch.Dispose();
        }
    }

    /// <summary>What must never reach a reader: stack frames, exception types, SQL and SQLite's words.</summary>
    private static readonly string[] s_leaks = ["   at ", "Exception", "no such table", "SQLite", "SELECT ", "FROM ", ".cs:line"];

    private static void AssertNoLeak(string body, string what)
    {
        foreach (var leak in s_leaks)
        {
            Assert.False(body.Contains(leak, StringComparison.OrdinalIgnoreCase), $"{what} shows '{leak}':\n{body[..Math.Min(body.Length, 500)]}");
        }
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/companies/kaifang")]
    public async Task A_page_that_throws_answers_the_500_error_page_without_stack_trace_or_sql(string path)
    {
        using var client = host.Portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<h1>出错了</h1>", body, StringComparison.Ordinal);
        AssertNoLeak(body, path);
    }

    [Fact]
    public async Task An_api_call_that_throws_answers_500_problem_json_and_the_log_has_the_exception_with_its_trace_id()
    {
        using var client = host.Portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/documents/zhang-san", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNoLeak(body, "/api/documents/zhang-san");
        var traceId = TraceParent().Match(JsonDocument.Parse(body).RootElement.GetProperty("traceId").GetString()!).Groups[1].Value;
        Assert.Equal(32, traceId.Length);
        var logged = host.ReadLog().Split('\n').Where(l => l.Contains(traceId, StringComparison.Ordinal)).ToList();
        Assert.Contains(logged, l => l.Contains("[ERR]", StringComparison.Ordinal));
        Assert.Contains("no such table: Links", host.ReadLog(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such%0D%0A12:00:00 [ERR] forged line")]
    [InlineData("/no-such%0A12:00:00 [ERR] forged line")]
    [InlineData("/no-such%E2%80%A812:00:00 [ERR] forged line")]
    [InlineData("/no-such%1B[31m12:00:00 [ERR] forged line")]
    public async Task Control_characters_in_a_request_cannot_forge_a_log_line(string path)
    {
        using var client = host.Portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var log = host.ReadLog();
        var lines = log.Split('\n');
        Assert.True(lines.Any(l => l.Contains("forged line", StringComparison.Ordinal)), log);
        Assert.All(lines.Where(l => l.Contains("forged line", StringComparison.Ordinal)), l =>
        {
            Assert.DoesNotContain("\r", l, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b", l, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2028", l, StringComparison.Ordinal);
            Assert.Contains("HTTP GET /no-such", l, StringComparison.Ordinal);
        });
    }

    /// <summary>A W3C traceparent, <c>00-{trace id}-{span id}-00</c>.</summary>
    [GeneratedRegex("^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$")]
    private static partial Regex TraceParent();
}

/// <summary>Tests that read what the portal logs run alone: Serilog's request logging writes through the static
/// <c>Log.Logger</c>, which is the logger of the host built last, so no other host may start meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LogCapture
{
    public const string Name = "log capture";
}
