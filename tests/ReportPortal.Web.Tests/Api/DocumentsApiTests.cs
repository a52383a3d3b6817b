using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Api;

[Collection(FixtureContent.Name)]
public class DocumentsApiTests(FixtureContentFactory portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task Lists_documents_of_a_kind()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/documents?kind=company");

        Assert.Equal(["kaifang", "weiruan", "xinghe", "xinli"], list.EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var microsoft = list.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "weiruan");
        Assert.Equal("company", microsoft.GetProperty("kind").GetString());
        Assert.Equal("微软", microsoft.GetProperty("title").GetString());
        Assert.Equal("Microsoft", microsoft.GetProperty("titleEn").GetString());
        Assert.Equal("/companies/weiruan", microsoft.GetProperty("url").GetString());
        Assert.All(list.EnumerateArray(), d => Assert.Equal("company", d.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_document_has_its_aliases_relations_both_ways_and_incoming_links()
    {
        var lab = await _client.GetFromJsonAsync<JsonElement>("/api/documents/kaifang");

        Assert.Equal(["OpenLab Inc", "0penLab"], lab.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(lab.GetProperty("relations").EnumerateArray(), r =>
            r.GetProperty("direction").GetString() == "incoming" && r.GetProperty("otherId").GetString() == "weiruan"
            && r.GetProperty("type").GetString() == "invested-in" && r.GetProperty("label").GetString() == "获投资"
            && r.GetProperty("date").GetString() == "2019-07-22");
        Assert.Contains(lab.GetProperty("relations").EnumerateArray(), r =>
            r.GetProperty("direction").GetString() == "outgoing" && r.GetProperty("otherId").GetString() == "rlhf-test"
            && r.GetProperty("type").GetString() == "developed" && r.GetProperty("label").GetString() == "开发");
        Assert.Contains(lab.GetProperty("incomingLinks").EnumerateArray(), l => l.GetProperty("fromId").GetString() == "01-start");
        Assert.Contains(lab.GetProperty("incomingLinks").EnumerateArray(), l => l.GetProperty("fromId").GetString() == "zhang-san");
    }

    [Fact]
    public async Task A_preview_has_title_english_name_kind_and_summary()
    {
        var preview = await _client.GetFromJsonAsync<JsonElement>("/api/preview/xinli");

        Assert.Equal("芯力半导体", preview.GetProperty("title").GetString());
        Assert.Equal("CoreForce Semiconductor", preview.GetProperty("titleEn").GetString());
        Assert.Equal("公司", preview.GetProperty("kindName").GetString());
        Assert.Equal("一家设计人工智能芯片的公司。", preview.GetProperty("summary").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/api/preview/nobody", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Incoming_links_carry_the_text_around_each_mention()
    {
        var microsoft = await _client.GetFromJsonAsync<JsonElement>("/api/documents/weiruan");

        var fromStart = microsoft.GetProperty("incomingLinks").EnumerateArray().Single(l => l.GetProperty("fromId").GetString() == "01-start");
        var mention = fromStart.GetProperty("mentions").EnumerateArray().First();
        Assert.Contains("微软", mention.GetProperty("context").GetString(), StringComparison.Ordinal);
        Assert.Contains("投资", mention.GetProperty("context").GetString(), StringComparison.Ordinal);
        Assert.Equal("/chapters/01-start#1-2", mention.GetProperty("url").GetString());
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
        var (response, _) = await portal.GetPageAsync("/companies/openlab-old");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/companies/kaifang", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_short_address_redirects_to_the_page()
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri("/d/zhang-san", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/people/zhang-san", response.Headers.Location!.ToString());
    }
}
