using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Web.Caching;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Tests.Caching;

/// <summary>What a browser, nginx or a CDN sees: compressed HTML and JSON with a strong ETag, Cache-Control and
/// Vary; 304 on revalidation; the same bytes every time within a snapshot, new ones after a content change.</summary>
public sealed class HttpCachingTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();
    private readonly PortalFactory _portal;

    public HttpCachingTests()
    {
        _portal = new PortalFactory(_scratch.CopyOf(TestPaths.FixtureContent));
    }

    public void Dispose()
    {
        _portal.Dispose();
        _scratch.Dispose();
    }

    private async Task<HttpResponseMessage> Get(string url, string? acceptEncoding = null, string? ifNoneMatch = null, string? cookie = null, HttpMethod? method = null)
    {
        using var client = _portal.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<string> Text(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Stream body = new MemoryStream(bytes);
        foreach (var coding in response.Content.Headers.ContentEncoding)
        {
            body = coding switch
            {
                "gzip" => new GZipStream(body, CompressionMode.Decompress),
                "br" => new BrotliStream(body, CompressionMode.Decompress),
                _ => throw new InvalidOperationException("unexpected coding " + coding),
            };
        }

        using var reader = new StreamReader(body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    public async Task Pages_go_out_compressed_as_the_client_prefers_and_decode_to_the_same_page(string acceptEncoding, string expected)
    {
        var plain = await Get("/companies/kaifang");
        var compressed = await Get("/companies/kaifang", acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal([expected], compressed.Content.Headers.ContentEncoding);
        Assert.True(compressed.Content.Headers.ContentLength < plain.Content.Headers.ContentLength / 2);
        Assert.Equal(await Text(plain), await Text(compressed));
        Assert.Contains("开放实验室", await Text(compressed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_and_api_answers_carry_a_strong_etag_cache_control_and_vary()
    {
        foreach (var url in new[] { "/companies/kaifang", "/api/search?q=RLHF", "/api/documents/kaifang", "/search?q=" + Uri.EscapeDataString("实验室") })
        {
            var response = await Get(url, "gzip");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.ETag!.IsWeak, url);
            Assert.StartsWith("\"", response.Headers.ETag.Tag, StringComparison.Ordinal);
            Assert.True(response.Headers.CacheControl!.Public, url);
            Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl.MaxAge);
            Assert.Contains(response.Headers.CacheControl.Extensions, e => e.Name == "stale-while-revalidate" && e.Value == "600");
            Assert.Equal(["Accept-Encoding", "Cookie"], response.Headers.Vary);
            Assert.NotNull(response.Content.Headers.LastModified);
        }
    }

    [Fact]
    public async Task Revalidating_with_the_etag_answers_304_without_a_body()
    {
        var first = await Get("/chapters/01-start", "br");
        var tag = first.Headers.ETag!.Tag;

        var again = await Get("/chapters/01-start", "br", ifNoneMatch: tag);
        var weakened = await Get("/chapters/01-start", "br", ifNoneMatch: "\"other\", W/" + tag); // as a proxy may send it
        var otherCoding = await Get("/chapters/01-start", "gzip", ifNoneMatch: tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, again.Headers.ETag!.Tag);
        Assert.True(again.Headers.CacheControl!.Public);
        Assert.Equal(HttpStatusCode.NotModified, weakened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherCoding.StatusCode); // gzip bytes are another representation with another tag
        Assert.NotEqual(tag, otherCoding.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task If_none_match_any_never_stands_for_an_answer_that_is_not_a_cached_page()
    {
        var language = await Get("/language?lang=en&returnUrl=%2F", "gzip", ifNoneMatch: "*");
        var missing = await Get("/companies/no-such-company", "gzip", ifNoneMatch: "*");
        await Get("/companies/weiruan", "gzip");
        var held = await Get("/companies/weiruan", "gzip", ifNoneMatch: "*");

        Assert.Equal(HttpStatusCode.Redirect, language.StatusCode); // the cookie is still set
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, held.StatusCode);
    }

    [Fact]
    public async Task Api_answers_are_compressed_and_revalidated_too()
    {
        var first = await Get("/api/search?q=RLHF", "gzip");
        var again = await Get("/api/search?q=RLHF", "gzip", ifNoneMatch: first.Headers.ETag!.Tag);

        Assert.Equal("application/json", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["gzip"], first.Content.Headers.ContentEncoding);
        Assert.Contains("\"rlhf-test\"", await Text(first), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task The_tag_differs_by_url_and_by_interface_language()
    {
        var chinese = await Get("/companies/kaifang", "gzip");
        var english = await Get("/companies/kaifang", "gzip", cookie: ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var other = await Get("/companies/weiruan", "gzip");
        var query = await Get("/companies/kaifang?x=1", "gzip");

        Assert.Contains("lang=\"en\"", await Text(english), StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", await Text(chinese), StringComparison.Ordinal);
        var tags = new[] { chinese, english, other, query }.Select(r => r.Headers.ETag!.Tag).ToList();
        Assert.Equal(tags.Count, tags.Distinct().Count());
        var englishAgain = await Get("/companies/kaifang", "gzip", ifNoneMatch: chinese.Headers.ETag!.Tag, cookie: ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        Assert.Equal(HttpStatusCode.OK, englishAgain.StatusCode); // the Chinese page's tag does not validate the English page
    }

    [Fact]
    public async Task Another_replica_on_the_same_content_gives_the_same_tag_and_validates_it()
    {
        var first = await Get("/companies/kaifang", "br");
        await using var replica = new PortalFactory(Path.Combine(_scratch.Path, "content")); // its own index file
        using var client = replica.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/companies/kaifang", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);

        var revalidated = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task Repeated_requests_get_the_same_bytes_from_one_cached_entry()
    {
        var store = _portal.Services.GetRequiredService<PageCacheStore>();
        var first = await Get("/glossary", "gzip");
        var entries = store.Usage.Entries;

        var again = await Get("/glossary", "gzip");
        var head = await Get("/glossary", "gzip", method: HttpMethod.Head);

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(entries, store.Usage.Entries);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(first.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(first.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task A_content_change_drops_the_old_answers_and_their_tags_no_longer_validate()
    {
        var before = await Get("/companies/kaifang", "gzip");
        var file = Path.Combine(_scratch.Path, "content", "company", "kaifang.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("一家研究人工智能的实验室。", "换了新简介的实验室。", StringComparison.Ordinal));

        Assert.True(_portal.Services.GetRequiredService<SnapshotLoader>().Rebuild("test"));
        var after = await Get("/companies/kaifang", "gzip", ifNoneMatch: before.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("换了新简介的实验室。", await Text(after), StringComparison.Ordinal);
        Assert.Equal(1, _portal.Services.GetRequiredService<PageCacheStore>().Usage.Entries);
    }

    [Fact]
    public async Task Errors_health_and_cookie_setting_answers_are_not_cached()
    {
        var missing = await Get("/companies/no-such-company", "gzip");
        var badApi = await Get("/api/search?limit=0", "gzip");
        var health = await Get("/health", "gzip");
        var language = await Get("/language?lang=en&returnUrl=%2F", "gzip");

        foreach (var response in new[] { missing, badApi, health, language })
        {
            Assert.Null(response.Headers.ETag);
            Assert.False(response.Headers.CacheControl?.Public ?? false);
        }

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badApi.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, _portal.Services.GetRequiredService<PageCacheStore>().Usage.Entries);
    }
}
