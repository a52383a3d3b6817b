namespace ReportPortal.Web.Tests.Pages.Chapters;

[Collection(RealContent.Name)]
public class ChapterPageTests(RealContentFactory portal)
{
    [Fact]
    public async Task Shows_the_body_a_table_of_contents_and_its_place_in_the_report()
    {
        var (response, dom) = await portal.GetPageAsync("/chapters/01-origins");

        response.EnsureSuccessStatusCode();
        Assert.Equal("一、前世今生", dom.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("第 3 部分，共 26 部分", dom.QuerySelector(".kicker")!.TextContent, StringComparison.Ordinal);
        var toc = dom.QuerySelectorAll(".toc a[href^='#']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("#1-3-3", toc);
        Assert.All(toc, href => Assert.NotNull(dom.GetElementById(Uri.UnescapeDataString(href[1..]))));
        Assert.Contains("2022 年 11 月 30 日", dom.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_to_the_previous_and_next_chapters()
    {
        var (_, dom) = await portal.GetPageAsync("/chapters/01-origins");

        Assert.Equal("/chapters/00b-reading-guide", dom.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/chapters/02-market-status", dom.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Mentions_link_to_their_profiles()
    {
        var (_, dom) = await portal.GetPageAsync("/chapters/01-origins");

        var targets = dom.QuerySelectorAll(".prose a.doc-link").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/companies/openai", targets);
        Assert.Contains("/companies/microsoft", targets);
    }

    [Fact]
    public async Task Tables_of_figures_appear_in_their_section_with_a_chart()
    {
        var (_, dom) = await portal.GetPageAsync("/chapters/01-origins");

        var figure = dom.GetElementById("f01-time-to-100m-mau")!;
        Assert.Contains("TikTok", figure.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, figure.QuerySelectorAll("svg.bar-chart rect").Length);
        var heading = dom.GetElementById("1-5-3")!;
        Assert.True(heading.CompareDocumentPosition(figure).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task An_unknown_chapter_is_a_404_page()
    {
        var (response, dom) = await portal.GetPageAsync("/chapters/99-nothing");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("页面不存在", dom.QuerySelector("h1")!.TextContent);
    }
}
