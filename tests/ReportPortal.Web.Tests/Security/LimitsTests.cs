using System.Net;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Checklist case 15 (HTTP hardening): on a real Kestrel server, a 100 KB query string answers 414, 40 KB of
/// headers 431, a body on a GET 413, and the server stays healthy; answers carry no Server header.</summary>
public sealed class LimitsTests(LimitsTests.Host host) : IClassFixture<LimitsTests.Host>
{
    public sealed class Host : IDisposable
    {
        public KestrelPortal Portal { get; } = new();

        public void Dispose() => Portal.Dispose();
    }

    private async Task AssertHealthyAsync()
    {
        using var client = host.Portal.NewClient();
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/chapters/01-start", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_100_kb_query_string_answers_414()
    {
        using var client = host.Portal.NewClient();

        using var response = await client.GetAsync(new Uri("/search?q=" + new string('a', 100 * 1024), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Forty_kb_of_headers_answer_431()
    {
        using var client = host.Portal.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        for (var i = 0; i < 10; i++)
        {
            request.Headers.Add($"X-Filler-{i}", new string('x', 4 * 1024));
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        await AssertHealthyAsync();
    }

    [Theory]
    [InlineData(16)]
    [InlineData(1024 * 1024)]
    public async Task A_body_on_a_GET_answers_413(int bytes)
    {
        using var client = host.Portal.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=ai") { Content = new ByteArrayContent(new byte[bytes]) };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertHealthyAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/documents")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Answers_carry_no_Server_header_and_the_security_headers(string path)
    {
        using var client = host.Portal.NewClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Empty(response.Headers.Server);
        SecurityHeaderAssert.FullSet(SecurityHeaderAssert.Of(response), hsts: false, path);
    }
}
