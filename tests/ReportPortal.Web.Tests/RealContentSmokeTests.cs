using System.Net;

namespace ReportPortal.Web.Tests;

/// <summary>A few smoke tests on the repository's real content: the portal starts on it, its main pages render and
/// search finds a well-known name. Everything else about behaviour is tested on the fixture content; what these tests
/// pin (26 chapters, a few ids) changes only when the report's structure does. The relevance measure
/// (<see cref="Api.SearchRelevanceTests"/>) also runs on the real content.</summary>
[Collection(RealContent.Name)]
public class RealContentSmokeTests(RealContentFactory portal)
{
    [Fact]
    public async Task The_home_page_lists_the_26_chapters_of_the_report_each_with_a_summary()
    {
        var (response, dom) = await portal.GetPageAsync("/");

        response.EnsureSuccessStatusCode();
        var chapters = dom.QuerySelectorAll(".chapter-list > li").ToList();
        Assert.Equal(26, chapters.Count);
        Assert.All(chapters, li => Assert.StartsWith("/chapters/", li.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(chapters, li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector("p")?.TextContent), li.TextContent));
    }

    [Fact]
    public async Task A_chapter_renders_with_its_table_of_contents_and_linked_mentions()
    {
        var (response, dom) = await portal.GetPageAsync("/chapters/01-origins");

        response.EnsureSuccessStatusCode();
        Assert.False(string.IsNullOrWhiteSpace(dom.QuerySelector("h1")?.TextContent));
        Assert.Contains("共 26 部分", dom.QuerySelector(".kicker")!.TextContent, StringComparison.Ordinal);
        var toc = dom.QuerySelectorAll(".toc a[href^='#']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(toc);
        Assert.All(toc, href => Assert.NotNull(dom.GetElementById(Uri.UnescapeDataString(href[1..]))));
        Assert.NotEmpty(dom.QuerySelectorAll(".prose a.doc-link"));
    }

    [Fact]
    public async Task A_profile_renders_with_its_relations_graph_and_backlinks()
    {
        var (response, dom) = await portal.GetPageAsync("/companies/openai");

        response.EnsureSuccessStatusCode();
        Assert.Equal("OpenAI", dom.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotEmpty(dom.QuerySelectorAll(".relations li"));
        Assert.NotNull(dom.QuerySelector("svg.relation-graph"));
        Assert.NotEmpty(dom.QuerySelectorAll(".backlinks a[href^='/chapters/']"));
    }

    [Fact]
    public async Task Searching_for_微软_finds_the_company_Microsoft_first()
    {
        var (response, dom) = await portal.GetPageAsync("/search?q=" + Uri.EscapeDataString("微软"));

        response.EnsureSuccessStatusCode();
        Assert.Equal("/companies/microsoft", SearchLinks.Target(dom.QuerySelector(".result-title")!.GetAttribute("href")));
        Assert.True(dom.QuerySelectorAll(".result").Length > 3, "微软 is mentioned on many pages");
    }

    /// <summary>The map's text links to chapters and glossary entries of the real report by id (in the page itself,
    /// not in the content): they must exist.</summary>
    [Fact]
    public async Task Every_link_of_the_industry_map_leads_to_an_existing_page()
    {
        var (response, dom) = await portal.GetPageAsync("/map");

        response.EnsureSuccessStatusCode();
        var hrefs = dom.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).Select(h => h.Split('#')[0]).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains("/chapters/04-ecosystem-panorama", hrefs);
        Assert.Contains("/chapters/03-industry-map", hrefs);
        Assert.Contains("/chapters/07-industry-panorama", hrefs);
        Assert.Contains(hrefs, h => h.StartsWith("/companies/", StringComparison.Ordinal));
        foreach (var href in hrefs)
        {
            var (page, _) = await portal.GetPageAsync(href);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{href}: {page.StatusCode}");
        }
    }
}
