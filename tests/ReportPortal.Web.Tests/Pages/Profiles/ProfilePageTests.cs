using System.Net;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Profiles;

[Collection(FixtureContent.Name)]
public class ProfilePageTests(FixtureContentFactory portal)
{
    private static List<string> RelationItems(IDocument dom, string label) =>
        [.. dom.QuerySelectorAll(".relations h3").Where(h => h.TextContent.Trim() == label)
            .SelectMany(h => h.NextElementSibling!.QuerySelectorAll("li")).Select(li => li.TextContent)];

    [Fact]
    public async Task A_company_shows_the_investment_it_received_with_date_and_amount()
    {
        var (response, dom) = await portal.GetPageAsync("/companies/kaifang");

        response.EnsureSuccessStatusCode();
        Assert.Equal("开放实验室", dom.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(RelationItems(dom, "获投资"), li => li.Contains("微软", StringComparison.Ordinal)
            && li.Contains("2019-07-22", StringComparison.Ordinal) && li.Contains("10 亿美元", StringComparison.Ordinal));
        Assert.Contains(RelationItems(dom, "开发"), li => li.Contains("人类反馈强化学习", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_investor_shows_its_investment_and_the_chapters_that_mention_it()
    {
        var (_, dom) = await portal.GetPageAsync("/companies/weiruan");

        Assert.Contains(RelationItems(dom, "投资"), li => li.Contains("开放实验室", StringComparison.Ordinal)
            && li.Contains("2019-07-22", StringComparison.Ordinal) && li.Contains("共同开发云平台", StringComparison.Ordinal));
        var backlinks = dom.QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/chapters/01-start#1-2", backlinks);
        Assert.Contains(backlinks, href => href.StartsWith("/chapters/00-preface", StringComparison.Ordinal));
        Assert.Contains(dom.QuerySelectorAll(".backlinks .mentions q"), q => q.TextContent.Contains("微软", StringComparison.Ordinal));
        Assert.Contains(dom.QuerySelectorAll(".backlinks h3"), h => h.TextContent.StartsWith("章节（", StringComparison.Ordinal));
        Assert.Contains("美国", dom.QuerySelector(".infobox")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_infobox_shows_english_name_and_aliases_including_misspellings()
    {
        var (_, dom) = await portal.GetPageAsync("/companies/kaifang");

        var infobox = dom.QuerySelector(".infobox")!.TextContent;
        Assert.Contains("OpenLab", infobox, StringComparison.Ordinal);
        Assert.Contains("OpenLab Inc", infobox, StringComparison.Ordinal);
        Assert.Contains("0penLab", infobox, StringComparison.Ordinal);
        Assert.Contains("2015 年底", infobox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_that_names_another_document_links_to_it()
    {
        var (_, dom) = await portal.GetPageAsync("/products/duihua-zhushou");

        Assert.Contains(dom.QuerySelectorAll(".infobox a"), a => a.GetAttribute("href") == "/companies/xinghe" && a.TextContent.Contains("星河科技", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/people/zhang-san", "开放实验室的创始人。")]
    [InlineData("/people/wang-wu", "星河科技的联合创始人。")]
    [InlineData("/technologies/zhuyili", "让模型按重要程度给输入的各部分加权的方法。")]
    [InlineData("/products/duihua-zhushou", "星河科技推出的对话产品。")]
    [InlineData("/terms/rlhf-test", "用人类的评价来训练模型的方法。")]
    [InlineData("/companies/xinghe", "一家做对话产品的创业公司。")]
    public async Task Every_kind_of_profile_renders_with_its_summary_and_sources(string url, string summary)
    {
        var (response, dom) = await portal.GetPageAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.Equal(summary, dom.QuerySelector(".summary")?.TextContent.Trim());
        Assert.NotEmpty(dom.QuerySelectorAll(".sources a[href^='/chapters/']"));
    }

    [Fact]
    public async Task A_document_asked_for_under_another_kind_redirects_to_its_page()
    {
        var (response, _) = await portal.GetPageAsync("/people/kaifang");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/companies/kaifang", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/companies/no-such-company")]
    [InlineData("/spaceships/kaifang")]
    [InlineData("/companies/%3Cscript%3E")]
    public async Task Unknown_addresses_are_404_pages(string url)
    {
        var (response, dom) = await portal.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("页面不存在", dom.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Chinese_text_is_sent_as_text_not_as_character_references()
    {
        using var client = portal.CreateClient();
        var html = await client.GetStringAsync(new Uri("/companies/xinli", UriKind.Relative));

        Assert.Contains("<h1>芯力半导体</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x82AF;", html, StringComparison.Ordinal); // 芯
    }

    [Fact]
    public async Task Each_kind_has_a_list_page()
    {
        var (response, dom) = await portal.GetPageAsync("/companies");

        response.EnsureSuccessStatusCode();
        var links = dom.QuerySelectorAll(".doc-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/companies/kaifang", "/companies/weiruan", "/companies/xinghe", "/companies/xinli"], links.Order(StringComparer.Ordinal));
    }
}
