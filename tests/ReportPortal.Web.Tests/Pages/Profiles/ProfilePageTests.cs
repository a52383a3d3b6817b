using System.Net;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Profiles;

[Collection(RealContent.Name)]
public class ProfilePageTests(RealContentFactory portal)
{
    private static List<string> RelationItems(IDocument dom, string label) =>
        [.. dom.QuerySelectorAll(".relations h3").Where(h => h.TextContent.Trim() == label)
            .SelectMany(h => h.NextElementSibling!.QuerySelectorAll("li")).Select(li => li.TextContent)];

    [Fact]
    public async Task OpenAI_shows_the_investment_it_received_from_Microsoft()
    {
        var (response, dom) = await portal.GetPageAsync("/companies/openai");

        response.EnsureSuccessStatusCode();
        Assert.Equal("OpenAI", dom.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(RelationItems(dom, "获投资"), li => li.Contains("微软", StringComparison.Ordinal)
            && li.Contains("2019-07-22", StringComparison.Ordinal) && li.Contains("10 亿美元", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Microsoft_shows_its_investment_in_OpenAI_and_the_chapters_that_mention_it()
    {
        var (_, dom) = await portal.GetPageAsync("/companies/microsoft");

        Assert.Contains(RelationItems(dom, "投资"), li => li.Contains("OpenAI", StringComparison.Ordinal) && li.Contains("2019-07-22", StringComparison.Ordinal));
        var backlinks = dom.QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(backlinks, href => href.StartsWith("/chapters/01-origins#", StringComparison.Ordinal));
        Assert.Contains(dom.QuerySelectorAll(".backlinks .mentions q"), q => q.TextContent.Contains("微软", StringComparison.Ordinal));
        Assert.Contains(dom.QuerySelectorAll(".backlinks h3"), h => h.TextContent.StartsWith("章节（", StringComparison.Ordinal));
        Assert.Contains("美国", dom.QuerySelector(".infobox")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_infobox_shows_english_name_and_aliases_including_misspellings()
    {
        var (_, dom) = await portal.GetPageAsync("/companies/openai");

        var infobox = dom.QuerySelector(".infobox")!.TextContent;
        Assert.Contains("OpenAl", infobox, StringComparison.Ordinal);
        Assert.Contains("0penAl", infobox, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people/sam-altman", "sam-altman")]
    [InlineData("/technologies/transformer", "transformer")]
    [InlineData("/products/chatgpt", "chatgpt")]
    [InlineData("/terms/aigc", "aigc")]
    public async Task Every_kind_of_profile_renders_with_its_sources(string url, string id)
    {
        var (response, dom) = await portal.GetPageAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.False(string.IsNullOrWhiteSpace(dom.QuerySelector(".summary")?.TextContent), id + " has a summary");
        Assert.NotEmpty(dom.QuerySelectorAll(".sources a[href^='/chapters/']"));
    }

    [Fact]
    public async Task A_document_asked_for_under_another_kind_redirects_to_its_page()
    {
        var (response, _) = await portal.GetPageAsync("/people/openai");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/companies/openai", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/companies/no-such-company")]
    [InlineData("/spaceships/openai")]
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
        var html = await client.GetStringAsync(new Uri("/companies/nvidia", UriKind.Relative));

        Assert.Contains("<h1>英伟达</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x82F1;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_kind_has_a_list_page()
    {
        var (response, dom) = await portal.GetPageAsync("/companies");

        response.EnsureSuccessStatusCode();
        var links = dom.QuerySelectorAll(".doc-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/companies/microsoft", links);
        Assert.Contains("/companies/nvidia", links);
    }
}
