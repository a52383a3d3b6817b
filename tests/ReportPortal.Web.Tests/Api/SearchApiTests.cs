using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Api;

[Collection(FixtureContent.Name)]
public class SearchApiTests(FixtureContentFactory portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    private async Task<JsonElement> Search(string query) =>
        await _client.GetFromJsonAsync<JsonElement>("/api/search?" + query);

    [Fact]
    public async Task Answers_in_the_documented_shape()
    {
        var result = await Search("q=" + Uri.EscapeDataString("微软") + "&limit=2");

        Assert.Equal("微软", result.GetProperty("query").GetString());
        Assert.True(result.GetProperty("total").GetInt32() > 2, "more results than the limit");
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(2, hits.Count);
        var first = hits[0];
        Assert.Equal(("weiruan", "company", "微软", "Microsoft", "/companies/weiruan"),
            (first.GetProperty("id").GetString(), first.GetProperty("kind").GetString(), first.GetProperty("title").GetString(),
             first.GetProperty("titleEn").GetString(), first.GetProperty("url").GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("snippet").GetString()));
        Assert.True(first.GetProperty("score").GetDouble() > hits[1].GetProperty("score").GetDouble());
        Assert.True(result.GetProperty("kinds").GetProperty("chapter").GetInt32() > 0);
    }

    [Fact]
    public async Task Finds_english_names_and_filters_by_kind()
    {
        var all = await Search("q=Galaxy");
        var result = await Search("q=Galaxy&kind=person");

        Assert.Equal("xinghe", all.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(["wang-wu"], result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(1, result.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("q=x&limit=0")]
    [InlineData("q=x&limit=1000")]
    [InlineData("q=x&limit=abc")]
    [InlineData("q=x&kind=spaceship")]
    public async Task Bad_parameters_are_a_400_problem(string query)
    {
        var response = await _client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_too_long_query_is_a_400_problem()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=" + new string('a', 500), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_empty_query_is_an_empty_result_with_a_message()
    {
        var result = await Search("q=");

        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetString()));
    }
}
