using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Api;

[Collection(FixtureContent.Name)]
public class SuggestApiTests(FixtureContentFactory portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    private async Task<List<JsonElement>> Suggest(string q) =>
        [.. (await _client.GetFromJsonAsync<JsonElement>("/api/suggest?q=" + Uri.EscapeDataString(q))).EnumerateArray()];

    [Theory]
    [InlineData("星河", "xinghe")]
    [InlineData("gala", "xinghe")]
    [InlineData("微软", "weiruan")]
    [InlineData("0penLab", "kaifang")]
    [InlineData("rlhf", "rlhf-test")]
    [InlineData("人类反馈", "rlhf-test")]
    [InlineData("wang w", "wang-wu")]
    [InlineData("talk", "duihua-zhushou")]
    public async Task Suggests_the_document_for_a_chinese_or_english_prefix(string q, string id)
    {
        var suggestions = await Suggest(q);

        Assert.Equal(id, suggestions[0].GetProperty("id").GetString());
        Assert.StartsWith("/", suggestions[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(suggestions.Count <= 8);
    }

    [Fact]
    public async Task A_suggestion_has_the_page_address_and_the_name_that_matched()
    {
        var only = Assert.Single(await Suggest("galaxy a"));

        Assert.Equal("xinghe", only.GetProperty("id").GetString());
        Assert.Equal("/companies/xinghe", only.GetProperty("url").GetString());
        Assert.Equal("星河科技", only.GetProperty("title").GetString());
        Assert.Equal("Galaxy AI", only.GetProperty("matched").GetString());
    }

    [Fact]
    public async Task Nothing_matching_is_an_empty_list() => Assert.Empty(await Suggest("zzzz"));

    [Fact]
    public async Task A_too_long_prefix_is_a_400()
    {
        var response = await _client.GetAsync(new Uri("/api/suggest?q=" + new string('x', 201), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
