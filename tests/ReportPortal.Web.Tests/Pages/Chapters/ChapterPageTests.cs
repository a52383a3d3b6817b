using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Chapters;

[Collection(FixtureContent.Name)]
public class ChapterPageTests(FixtureContentFactory portal)
{
    [Fact]
    public async Task Shows_the_body_a_table_of_contents_and_its_place_in_the_report()
    {
        var (response, dom) = await portal.GetPageAsync("/chapters/01-start");

        response.EnsureSuccessStatusCode();
        Assert.Equal("一、起源", dom.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("第 2 部分，共 3 部分", dom.QuerySelector(".kicker")!.TextContent, StringComparison.Ordinal);
        var toc = dom.QuerySelectorAll(".toc a[href^='#']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#1-1", "#1-2", "#details"], toc);
        Assert.All(toc, href => Assert.NotNull(dom.GetElementById(Uri.UnescapeDataString(href[1..]))));
        Assert.Contains("2019 年 7 月 22 日", dom.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_to_the_previous_and_next_chapters()
    {
        var (_, dom) = await portal.GetPageAsync("/chapters/01-start");
        var (_, first) = await portal.GetPageAsync("/chapters/00-preface");
        var (_, last) = await portal.GetPageAsync("/chapters/02-outlook");

        Assert.Equal("/chapters/00-preface", dom.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/chapters/02-outlook", dom.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("/chapters/01-start", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Mentions_link_to_their_profiles()
    {
        var (_, dom) = await portal.GetPageAsync("/chapters/01-start");

        var targets = dom.QuerySelectorAll(".prose a.doc-link").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/companies/kaifang", targets);
        Assert.Contains("/companies/weiruan", targets);
        Assert.Contains("/terms/rlhf-test", targets);
        var label = dom.QuerySelectorAll(".prose a.doc-link").First(a => a.GetAttribute("href") == "/terms/rlhf-test");
        Assert.Equal("人类反馈强化学习", label.TextContent); // [[rlhf-test|人类反馈强化学习]] keeps its own label
    }

    [Fact]
    public async Task Tables_of_figures_appear_in_their_section_with_a_chart()
    {
        var (_, dom) = await portal.GetPageAsync("/chapters/01-start");

        var figure = dom.GetElementById("f01-users")!;
        Assert.Contains("短视频", figure.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, figure.QuerySelectorAll("svg.bar-chart rect").Length);
        Assert.True(dom.GetElementById("1-1")!.CompareDocumentPosition(figure).HasFlag(DocumentPositions.Following), "after 1.1");
        Assert.True(figure.CompareDocumentPosition(dom.GetElementById("1-2")!).HasFlag(DocumentPositions.Following), "before 1.2");
    }

    [Fact]
    public async Task An_unknown_chapter_is_a_404_page()
    {
        var (response, dom) = await portal.GetPageAsync("/chapters/99-nothing");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("页面不存在", dom.QuerySelector("h1")!.TextContent);
    }
}
