using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Web.Caching;

namespace ReportPortal.Web.Tests.Caching;

/// <summary>The cache cannot be grown without bound by clients: unique query strings evict older ones past a count,
/// all answers together stay under the size limit, and an answer too large to keep is still served whole.</summary>
public sealed class CacheBoundsTests
{
    private sealed class SmallCachePortal(int maxQueryEntries, int sizeLimitMegabytes, int maxEntryKilobytes) : PortalFactory(TestPaths.FixtureContent)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Caching:MaxQueryEntries", maxQueryEntries.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Portal:Caching:SizeLimitMegabytes", sizeLimitMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Portal:Caching:MaxEntryKilobytes", maxEntryKilobytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Unique_search_urls_never_hold_more_than_the_configured_number_of_entries()
    {
        using var portal = new SmallCachePortal(maxQueryEntries: 20, sizeLimitMegabytes: 64, maxEntryKilobytes: 4096);
        using var client = portal.CreateClient();
        var store = portal.Services.GetRequiredService<PageCacheStore>();

        for (var i = 0; i < 100; i++)
        {
            var response = await client.GetAsync(new Uri($"/search?q=实验室{i}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.InRange(store.Usage.QueryEntries, 1, 20);
        }

        var page = await client.GetAsync(new Uri("/companies/kaifang", UriKind.Relative));
        Assert.NotNull(page.Headers.ETag); // pages without a query string are cached as before
        Assert.Equal(store.Usage.QueryEntries + 1, store.Usage.Entries);
    }

    [Fact]
    public async Task All_answers_together_stay_under_the_size_limit()
    {
        using var portal = new SmallCachePortal(maxQueryEntries: 100_000, sizeLimitMegabytes: 1, maxEntryKilobytes: 4096);
        using var client = portal.CreateClient(); // no Accept-Encoding: the plain bytes are kept, about 5 KB an answer
        var store = portal.Services.GetRequiredService<PageCacheStore>();
        long held = 0;

        for (var i = 0; i < 600; i++)
        {
            var response = await client.GetAsync(new Uri($"/search?q=人工智能&i={i}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            held += (await response.Content.ReadAsByteArrayAsync()).Length;
            Assert.InRange(store.Usage.Bytes, 1, 1024 * 1024);
        }

        Assert.True(held > 2 * 1024 * 1024, $"the test must ask for more than the limit; asked for {held} bytes");
    }

    [Fact]
    public async Task An_answer_larger_than_an_entry_may_be_is_served_whole_but_not_cached()
    {
        using var portal = new SmallCachePortal(maxQueryEntries: 100, sizeLimitMegabytes: 64, maxEntryKilobytes: 1);
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/chapters/01-start", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(html.Length > 1024);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
        Assert.Equal(0, portal.Services.GetRequiredService<PageCacheStore>().Usage.Entries);
    }
}
