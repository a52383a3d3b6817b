using System.Net;

namespace ReportPortal.Web.Tests.Pages.Search;

[Collection(RealContent.Name)]
public class SearchPageTests(RealContentFactory portal)
{
    private static string Url(string q, string? kind = null) =>
        "/search?q=" + Uri.EscapeDataString(q) + (kind is null ? "" : "&kind=" + kind);

    [Theory]
    [InlineData("微软", "/companies/microsoft")]
    [InlineData("OpenAI", "/companies/openai")]
    [InlineData("英伟达", "/companies/nvidia")]
    [InlineData("RLHF", "/technologies/rlhf")]
    public async Task Names_in_either_language_find_their_page_first(string q, string url)
    {
        var (response, dom) = await portal.GetPageAsync(Url(q));

        response.EnsureSuccessStatusCode();
        Assert.Equal(url + "?h=" + Uri.EscapeDataString(q), dom.QuerySelector(".result-title")!.GetAttribute("href")); // ?h= marks the words there
    }

    [Fact]
    public async Task A_two_character_word_in_running_text_is_found_and_highlighted()
    {
        var (_, dom) = await portal.GetPageAsync(Url("算力"));

        Assert.True(dom.QuerySelectorAll(".result").Length > 3);
        Assert.Contains(dom.QuerySelectorAll(".snippet mark"), m => m.TextContent == "算力");
    }

    [Fact]
    public async Task The_kind_filter_narrows_results_and_shows_counts()
    {
        var (_, dom) = await portal.GetPageAsync(Url("微软", "chapter"));

        Assert.All(dom.QuerySelectorAll(".result .result-title"), a => Assert.StartsWith("/chapters/", a.GetAttribute("href"), StringComparison.Ordinal));
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
