using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Tests.Seo;

/// <summary>What search engines and link previews read: the sitemap, robots.txt, the favicon and web manifest, and
/// the description, canonical, Open Graph and Twitter tags in every kind of page's head.</summary>
[Collection(RealContent.Name)]
public sealed class SeoTests(RealContentFactory portal)
{
    public static TheoryData<string> PagesOfEveryKind { get; } = new()
    {
        "/", "/chapters", "/chapters/01-origins", "/glossary", "/terms/aigc", "/technologies/transformer", "/products/chatgpt",
        "/companies/openai", "/people/sam-altman", "/organisations/microsoft-research-asia", "/places/colorado",
        "/works/paper-gpt3", "/events/alexnet-2012", "/search?q=%E5%BE%AE%E8%BD%AF", "/timeline", "/map", "/graph", "/data",
        "/maintainers", "/companies",
    };

    private KnowledgeSnapshot Snapshot => portal.Services.GetRequiredService<SnapshotHolder>().Current!;

    [Fact]
    public async Task The_sitemap_lists_every_document_and_page_with_a_date()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(ns + "url")
            .Select(u => (Loc: new Uri(u.Element(ns + "loc")!.Value), Lastmod: u.Element(ns + "lastmod")!.Value)).ToList();
        var paths = urls.Select(u => u.Loc.AbsolutePath).ToHashSet(StringComparer.Ordinal);
        Assert.All(Snapshot.Documents.Ordered, d => Assert.Contains(d.Url, paths));
        Assert.Superset(new HashSet<string> { "/", "/chapters", "/glossary", "/timeline", "/map", "/graph", "/data", "/companies", "/people" }, paths);
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Lastmod));
        Assert.Equal(urls.Count, paths.Count);
        Assert.DoesNotContain(paths, p => p.StartsWith("/api", StringComparison.Ordinal) || p.StartsWith("/search", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_allows_pages_keeps_crawlers_off_the_api_and_names_the_sitemap()
    {
        using var client = portal.CreateClient();

        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /api/", robots, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Sitemap: http://localhost/sitemap\.xml$", robots);
    }

    [Fact]
    public async Task The_favicon_icons_and_web_manifest_are_served()
    {
        using var client = portal.CreateClient();

        var favicon = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var manifest = JsonDocument.Parse(await client.GetStringAsync(new Uri("/site.webmanifest", UriKind.Relative))).RootElement;

        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await favicon.Content.ReadAsByteArrayAsync())[..4]); // an ICO header
        Assert.Equal("/", manifest.GetProperty("start_url").GetString());
        var icons = manifest.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!).ToList();
        Assert.Contains("/icons/icon-512.png", icons);
        foreach (var icon in icons)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(icon, UriKind.Relative))).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(PagesOfEveryKind))]
    public async Task Every_kind_of_page_has_description_canonical_open_graph_and_twitter_tags(string url)
    {
        var (response, dom) = await portal.GetPageAsync(url);

        response.EnsureSuccessStatusCode();
        string? Meta(string selector) => dom.QuerySelector(selector)?.GetAttribute("content");
        var description = Meta("meta[name=description]");
        Assert.False(string.IsNullOrWhiteSpace(description), "no description");
        var canonical = dom.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        Assert.Equal("http://localhost" + url, canonical);
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.Equal(description, Meta("meta[property='og:description']"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")));
        Assert.Matches("^(website|article)$", Meta("meta[property='og:type']"));
        Assert.StartsWith("http://localhost/", Meta("meta[property='og:image']"), StringComparison.Ordinal);
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
        Assert.NotNull(dom.QuerySelector("link[rel=icon][href='/favicon.ico']"));
        Assert.NotNull(dom.QuerySelector("link[rel=manifest]"));
    }

    [Fact]
    public async Task Profiles_and_chapters_describe_themselves_with_their_summary_as_articles()
    {
        var (_, profile) = await portal.GetPageAsync("/companies/openai");
        var (_, chapter) = await portal.GetPageAsync("/chapters/01-origins");

        Assert.Equal(Snapshot.Documents.ById["openai"].Summary, profile.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(Snapshot.Documents.ById["01-origins"].Summary, chapter.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("article", profile.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_highlighted_page_names_the_plain_page_as_canonical_and_a_missing_page_names_none()
    {
        var (_, highlighted) = await portal.GetPageAsync("/companies/openai?h=%E5%BE%AE%E8%BD%AF");
        var (missing, notFound) = await portal.GetPageAsync("/companies/no-such-company");

        Assert.Equal("http://localhost/companies/openai", highlighted.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(notFound.QuerySelector("link[rel=canonical]"));
        Assert.NotNull(notFound.QuerySelector("meta[name=description]"));
    }
}
