using System.Net;

namespace ReportPortal.Web.Tests.Pages.Search;

[Collection(FixtureContent.Name)]
public class SearchPageTests(FixtureContentFactory portal)
{
    private static string Url(string q, string? kind = null) =>
        "/search?q=" + Uri.EscapeDataString(q) + (kind is null ? "" : "&kind=" + kind);

    [Theory]
    [InlineData("微软", "/companies/weiruan")]
    [InlineData("Microsoft", "/companies/weiruan")]
    [InlineData("星河科技", "/companies/xinghe")]
    [InlineData("Galaxy Tech", "/companies/xinghe")]
    [InlineData("0penLab", "/companies/kaifang")]
    [InlineData("RLHF", "/terms/rlhf-test")]
    public async Task Names_in_either_language_find_their_page_first(string q, string url)
    {
        var (response, dom) = await portal.GetPageAsync(Url(q));

        response.EnsureSuccessStatusCode();
        Assert.Equal(url, SearchLinks.Target(dom.QuerySelector(".result-title")!.GetAttribute("href")));
    }

    [Fact]
    public async Task A_two_character_word_in_running_text_is_found_in_its_section_and_highlighted()
    {
        var (_, dom) = await portal.GetPageAsync(Url("算力"));

        var result = Assert.Single(dom.QuerySelectorAll(".result"));
        Assert.Equal("/chapters/01-start#1-1", SearchLinks.Target(result.QuerySelector(".result-title")!.GetAttribute("href")));
        Assert.Contains(result.QuerySelectorAll(".snippet mark"), m => m.TextContent == "算力");
    }

    [Fact]
    public async Task The_kind_filter_narrows_results_and_shows_counts()
    {
        var (_, all) = await portal.GetPageAsync(Url("微软"));
        var (_, dom) = await portal.GetPageAsync(Url("微软", "chapter"));

        Assert.Contains(all.QuerySelectorAll(".result .result-title"), a => SearchLinks.Target(a.GetAttribute("href")) == "/companies/weiruan");
        var titles = dom.QuerySelectorAll(".result .result-title").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, href => Assert.StartsWith("/chapters/", href, StringComparison.Ordinal));
        Assert.True(titles.Count < all.QuerySelectorAll(".result").Length, "the filter leaves some results out");
        Assert.Contains(dom.QuerySelectorAll(".kind-filter a"), a => a.TextContent.StartsWith("公司 (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("qqqzzzxxx")]
    public async Task Empty_or_fruitless_queries_get_a_helpful_message(string q)
    {
        var (response, dom) = await portal.GetPageAsync(Url(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(dom.QuerySelectorAll(".result"));
        Assert.False(string.IsNullOrWhiteSpace(dom.QuerySelector(".message")!.TextContent));
    }

    [Fact]
    public async Task A_query_that_is_too_long_is_a_400_with_a_message()
    {
        var (response, dom) = await portal.GetPageAsync(Url(new string('长', 300)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("太长", dom.QuerySelector(".message")!.TextContent, StringComparison.Ordinal);
    }
}
