namespace ReportPortal.Web.Tests.Pages;

[Collection(RealContent.Name)]
public class HomePageTests(RealContentFactory portal)
{
    [Fact]
    public async Task Shows_the_report_and_every_chapter_in_order()
    {
        var (response, dom) = await portal.GetPageAsync("/");

        response.EnsureSuccessStatusCode();
        Assert.Contains("杜玉河", dom.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2023-02-21", dom.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        var chapters = dom.QuerySelectorAll(".chapter-list > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/chapters/00a-preface", chapters[0]);
        Assert.Equal("/chapters/01-origins", chapters[2]);
        Assert.Equal(26, chapters.Count);
        Assert.All(dom.QuerySelectorAll(".chapter-list > li > p"), p => Assert.False(string.IsNullOrWhiteSpace(p.TextContent)));
    }

    [Fact]
    public async Task Links_to_the_glossary_and_every_kind_of_profile()
    {
        var (_, dom) = await portal.GetPageAsync("/");

        var links = dom.QuerySelectorAll(".kind-cards a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/glossary", links);
        Assert.Contains("/companies", links);
        Assert.Contains("/technologies", links);
        Assert.Contains("/products", links);
        Assert.Contains("/people", links);
    }
}
