using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Api;

[Collection(RealContent.Name)]
public class SuggestApiTests(RealContentFactory portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    private async Task<List<JsonElement>> Suggest(string q) =>
        [.. (await _client.GetFromJsonAsync<JsonElement>("/api/suggest?q=" + Uri.EscapeDataString(q))).EnumerateArray()];

    [Theory]
    [InlineData("英伟", "nvidia")]
    [InlineData("nvid", "nvidia")]
    [InlineData("微软", "microsoft")]
    [InlineData("OpenAl", "openai")]
    [InlineData("rlhf", "rlhf")]
    [InlineData("人类反馈", "rlhf")]
    [InlineData("sam alt", "sam-altman")]
    public async Task Suggests_the_document_for_a_chinese_or_english_prefix(string q, string id)
    {
        var suggestions = await Suggest(q);

        Assert.Equal(id, suggestions[0].GetProperty("id").GetString());
        Assert.StartsWith("/", suggestions[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(suggestions.Count <= 8);
    }

    [Fact]
    public async Task A_too_long_prefix_is_a_400()
    {
        var response = await _client.GetAsync(new Uri("/api/suggest?q=" + new string('x', 201), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
