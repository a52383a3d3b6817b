using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Api;

[Collection(RealContent.Name)]
public class DocumentsApiTests(RealContentFactory portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task Lists_documents_of_a_kind()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/documents?kind=company");

        var microsoft = list.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "microsoft");
        Assert.Equal("company", microsoft.GetProperty("kind").GetString());
        Assert.Equal("微软", microsoft.GetProperty("title").GetString());
        Assert.Equal("Microsoft", microsoft.GetProperty("titleEn").GetString());
        Assert.Equal("/companies/microsoft", microsoft.GetProperty("url").GetString());
        Assert.All(list.EnumerateArray(), d => Assert.Equal("company", d.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_document_has_its_aliases_relations_both_ways_and_incoming_links()
    {
        var openai = await _client.GetFromJsonAsync<JsonElement>("/api/documents/openai");

        Assert.Contains(openai.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "OpenAl");
        Assert.Contains(openai.GetProperty("relations").EnumerateArray(), r =>
            r.GetProperty("direction").GetString() == "incoming" && r.GetProperty("otherId").GetString() == "microsoft"
            && r.GetProperty("type").GetString() == "invested-in" && r.GetProperty("label").GetString() == "获投资"
            && r.GetProperty("date").GetString() == "2019-07-22");
        Assert.Contains(openai.GetProperty("incomingLinks").EnumerateArray(), l => l.GetProperty("fromId").GetString() == "01-origins");
    }

    [Fact]
    public async Task A_preview_has_title_english_name_kind_and_summary()
    {
        var preview = await _client.GetFromJsonAsync<JsonElement>("/api/preview/nvidia");

        Assert.Equal("英伟达", preview.GetProperty("title").GetString());
        Assert.Equal("NVIDIA", preview.GetProperty("titleEn").GetString());
        Assert.Equal("公司", preview.GetProperty("kindName").GetString());
        Assert.False(string.IsNullOrWhiteSpace(preview.GetProperty("summary").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/api/preview/nobody", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Incoming_links_carry_the_text_around_each_mention()
    {
        var microsoft = await _client.GetFromJsonAsync<JsonElement>("/api/documents/microsoft");

        var fromOrigins = microsoft.GetProperty("incomingLinks").EnumerateArray().Single(l => l.GetProperty("fromId").GetString() == "01-origins");
        var mention = fromOrigins.GetProperty("mentions").EnumerateArray().First();
        Assert.Contains("微软", mention.GetProperty("context").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/chapters/01-origins#", mention.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        var response = await _client.GetAsync(new Uri("/api/documents/nobody-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unknown_kind_is_a_400_problem()
    {
        var response = await _client.GetAsync(new Uri("/api/documents?kind=spaceship", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_alternate_id_redirects_to_its_page()
    {
        var (response, _) = await portal.GetPageAsync("/terms/nlp-cv");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/terms/cv", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_short_address_redirects_to_the_page()
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri("/d/sam-altman", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/people/sam-altman", response.Headers.Location!.ToString());
    }
}
