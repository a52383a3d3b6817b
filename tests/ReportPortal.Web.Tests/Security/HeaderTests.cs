using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Checklist case 10 (HTTP hardening): every answer carries the security headers, whatever its status,
/// for pages, the API and static files; the CSP nonce changes per request and allows the one inline script, also
/// on a page replayed from the output cache; HSTS only on HTTPS outside Development; no Server header.</summary>
public sealed class HeaderTests(HeaderTests.Hosts hosts) : IClassFixture<HeaderTests.Hosts>
{
    /// <summary>One portal with a broken index (500s) and a deterministic rate limit (429s), one that has no snapshot
    /// yet (503s), one in Development.</summary>
    public sealed class Hosts : IDisposable
    {
        public Hosts()
        {
            Broken.BreakIndex("Events", "Links");
        }

        public SecurityPortal Broken { get; } = new(SecurityPortal.DeterministicRateLimit);

        public SecurityPortal NotReady { get; } = new(notReady: true);

        public SecurityPortal Development { get; } = new(environment: "Development");

        public void Dispose()
        {
            Broken.Dispose();
            NotReady.Dispose();
            Development.Dispose();
        }
    }

    private static HttpClient Https(SecurityPortal portal) =>
        portal.CreateClient(new() { BaseAddress = new Uri("https://localhost/"), AllowAutoRedirect = false });

    public static TheoryData<string, string, string, int> Answers { get; } = new()
    {
        { "GET", "/", "page", 200 },
        { "GET", "/chapters", "page", 200 },
        { "GET", "/api/documents", "api", 200 },
        { "GET", "/css/site.css", "static", 200 },
        { "GET", "/d/kaifang", "redirect", 302 },
        { "GET", "/api/documents?kind=spaceships", "api", 400 },
        { "GET", "/no-such-page", "page", 404 },
        { "GET", "/api/documents/no-such-document", "api", 404 },
        { "DELETE", "/api/documents/kaifang", "api", 405 },
        { "POST", "/chapters", "page", 405 },
        { "GET", "/timeline", "page", 500 },
        { "GET", "/api/documents/zhang-san", "api", 500 },
        { "GET", "/health/ready", "not ready", 503 },
        { "GET", "/health", "not ready", 503 },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_status_carries_the_full_header_set(string method, string path, string kind, int status)
    {
        var portal = kind == "not ready" ? hosts.NotReady : hosts.Broken;
        using var client = Https(portal);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, (int)response.StatusCode);
        SecurityHeaderAssert.FullSet(SecurityHeaderAssert.Of(response), hsts: true, $"{method} {path}");
    }

    [Fact]
    public async Task A_304_for_a_static_file_carries_the_headers()
    {
        using var client = Https(hosts.Broken);
        using var first = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        var etag = first.Headers.ETag ?? throw new InvalidOperationException("site.css has no ETag");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        SecurityHeaderAssert.FullSet(SecurityHeaderAssert.Of(second), hsts: true, "304 site.css");
    }

    [Fact]
    public async Task A_429_carries_the_headers()
    {
        Answer? answer = null;
        for (var i = 0; i <= SecurityPortal.Burst; i++)
        {
            answer = await hosts.Broken.SendAsync("/api/suggest?q=ai", "203.0.113.10");
        }

        Assert.Equal(429, answer!.Status);
        SecurityHeaderAssert.FullSet(SecurityHeaderAssert.Of(answer.Headers), hsts: false, "429 suggest");
    }

    [Fact]
    public async Task Hsts_is_sent_only_over_https_and_never_in_development()
    {
        using var http = hosts.Broken.CreateClient();
        using var overHttp = await http.GetAsync(new Uri("/", UriKind.Relative));
        using var development = await Https(hosts.Development).GetAsync(new Uri("/", UriKind.Relative));

        SecurityHeaderAssert.FullSet(SecurityHeaderAssert.Of(overHttp), hsts: false, "GET / over http");
        SecurityHeaderAssert.FullSet(SecurityHeaderAssert.Of(development), hsts: false, "GET / over https in Development");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/chapters")]
    [InlineData("/companies")]
    [InlineData("/glossary")]
    [InlineData("/search?q=%E4%BA%BA%E5%B7%A5")]
    [InlineData("/graph")]
    [InlineData("/no-such-page")]
    public async Task The_nonce_changes_per_request_and_the_inline_script_is_allowed_fresh_and_from_the_cache(string path)
    {
        using var client = hosts.Broken.CreateClient();

        var url = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "fresh=" + Guid.NewGuid().ToString("N"); // not cached yet
        var (freshCsp, fresh) = await PageAsync(client, url);
        var (cachedCsp, cached) = await PageAsync(client, url);

        Assert.NotEqual(Nonce(freshCsp), Nonce(cachedCsp));
        var freshScript = Assert.Single(InlineScripts(fresh));
        Assert.Equal(Nonce(freshCsp), freshScript.GetAttribute("nonce"));
        foreach (var (csp, dom) in new[] { (freshCsp, fresh), (cachedCsp, cached) })
        {
            foreach (var script in InlineScripts(dom))
            {
                Assert.True(SecurityHeaderAssert.AllowsInlineScript(csp, script.TextContent, script.GetAttribute("nonce")),
                    $"{path}: the CSP blocks the inline script {script.TextContent}");
            }

            // What a CSP without 'unsafe-inline' would block: style attributes and inline event handlers.
            Assert.DoesNotContain(dom.All, e => e.Attributes.Any(a => a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.Empty(dom.QuerySelectorAll("style"));
        }
    }

    private static IEnumerable<IElement> InlineScripts(IDocument dom) => dom.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"); // JSON-LD is data, never run

    private static string Nonce(string csp) =>
        SecurityHeaderAssert.Directives(csp)["script-src"].Single(s => s.StartsWith("'nonce-", StringComparison.Ordinal))["'nonce-".Length..^1];

    private static async Task<(string Csp, IDocument Dom)> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var csp = SecurityHeaderAssert.Of(response)["Content-Security-Policy"];
        return (csp, await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html)));
    }
}
