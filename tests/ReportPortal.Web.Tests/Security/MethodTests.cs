using System.Net;
using System.Text.Json;
using ReportPortal.Knowledge.Snapshots;
using Microsoft.Extensions.DependencyInjection;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Checklist case 14 (HTTP hardening) and issue #13 item 6: the portal is read-only. Any method but GET and
/// HEAD, on a page, the API, a static file or an unknown address, answers 405 with <c>Allow: GET, HEAD</c> (there is no
/// form to post, so a form POST without an antiforgery token is refused the same way); a body on a GET answers 413;
/// no GET changes state.</summary>
public sealed class MethodTests(MethodTests.Host host) : IClassFixture<MethodTests.Host>
{
    public sealed class Host : IDisposable
    {
        public SecurityPortal Portal { get; } = new();

        public void Dispose() => Portal.Dispose();
    }

    public static TheoryData<string, string> WrongMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE" })
        {
            foreach (var path in new[] { "/", "/chapters/01-start", "/search?q=x", "/api/documents/kaifang", "/api/search?q=x", "/language?lang=en", "/health", "/css/site.css", "/no-such-page" })
            {
                data.Add(method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongMethods))]
    public async Task Every_method_but_GET_and_HEAD_answers_405_with_Allow(string method, string path)
    {
        using var client = host.Portal.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_form_post_without_an_antiforgery_token_is_refused()
    {
        using var client = host.Portal.CreateClient();
        using var form = new FormUrlEncodedContent([new("q", "微软")]);

        using var response = await client.PostAsync(new Uri("/search", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/documents/kaifang")]
    [InlineData("/api/search?q=ai")]
    [InlineData("/api/suggest?q=ai")]
    [InlineData("/health")]
    [InlineData("/language?lang=en&returnUrl=%2F")]
    public async Task HEAD_is_answered_like_GET_without_a_body(string path)
    {
        using var client = host.Portal.CreateClient(new() { AllowAutoRedirect = false });

        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(get.StatusCode, head.StatusCode);
    }

    [Fact]
    public async Task A_body_on_a_GET_answers_413()
    {
        using var client = host.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=ai") { Content = new StringContent("{\"q\":\"x\"}") };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task No_GET_changes_state_only_the_language_switch_sets_the_readers_own_cookie()
    {
        var snapshot = host.Portal.Services.GetRequiredService<SnapshotHolder>().Current!;
        var indexWritten = File.GetLastWriteTimeUtc(host.Portal.IndexPath);
        using var client = host.Portal.CreateClient(new() { AllowAutoRedirect = false });
        var cookies = new List<string>();

        foreach (var path in new[] { "/", "/chapters", "/chapters/01-start", "/companies/kaifang", "/glossary?q=rl", "/timeline", "/map",
            "/graph?focus=kaifang", "/maintainers", "/search?q=ai", "/api/documents", "/api/documents/kaifang", "/api/search?q=ai",
            "/api/suggest?q=ai", "/api/preview/kaifang", "/d/kaifang", "/health", "/health/ready", "/health/live", "/language?lang=en&returnUrl=%2F" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True((int)response.StatusCode < 400, $"{path}: {(int)response.StatusCode}");
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                cookies.AddRange(set.Select(c => path + " " + c));
            }
        }

        Assert.Same(snapshot, host.Portal.Services.GetRequiredService<SnapshotHolder>().Current);
        Assert.Equal(indexWritten, File.GetLastWriteTimeUtc(host.Portal.IndexPath));
        var cookie = Assert.Single(cookies);
        Assert.StartsWith("/language?lang=en&returnUrl=%2F .AspNetCore.Culture=", cookie, StringComparison.Ordinal);
    }
}
