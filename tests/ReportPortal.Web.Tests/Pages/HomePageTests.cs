namespace ReportPortal.Web.Tests.Pages;

[Collection(FixtureContent.Name)]
public class HomePageTests(FixtureContentFactory portal)
{
    [Fact]
    public async Task Shows_the_report_and_every_chapter_in_order()
    {
        var (response, dom) = await portal.GetPageAsync("/");

        response.EnsureSuccessStatusCode();
        Assert.Equal("测试报告", dom.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("测试作者", dom.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("测试机构", dom.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2023-02-21", dom.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        var chapters = dom.QuerySelectorAll(".chapter-list > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/chapters/00-preface", "/chapters/01-start", "/chapters/02-outlook"], chapters);
        Assert.Equal("一、起源", dom.QuerySelectorAll(".chapter-list > li > a")[1].TextContent.Trim());
        Assert.Equal(
            ["前言的摘要。", "第一章讲述开放实验室和微软的故事。", "第二章介绍一家做对话产品的新公司，以及报告对市场的预测。"],
            dom.QuerySelectorAll(".chapter-list > li > p").Select(p => p.TextContent.Trim()));
    }

    [Fact]
    public async Task Links_to_the_glossary_and_every_kind_of_profile_that_has_documents()
    {
        var (_, dom) = await portal.GetPageAsync("/");

        var links = dom.QuerySelectorAll(".kind-cards a").Select(a => a.GetAttribute("href")).ToList();
        // one card per kind that has documents, in the schema's order; the fixture has no organisation or place
        Assert.Equal(["/glossary", "/terms", "/technologies", "/products", "/companies", "/people"], links);
        var companies = dom.QuerySelectorAll(".kind-cards a").Single(a => a.GetAttribute("href") == "/companies");
        Assert.Contains("4 个条目", companies.TextContent, StringComparison.Ordinal);
    }
}
