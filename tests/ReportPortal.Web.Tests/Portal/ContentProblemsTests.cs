using System.Net.Http.Json;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Portal;

/// <summary>A broken content file does not take the site down; it is reported with file and line.</summary>
public sealed class ContentProblemsTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task A_broken_file_is_left_out_reported_on_health_and_the_rest_is_served()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(content, "company", "broken.md"), "---\ntitle: 坏文件\nsummary: [没有闭合\n---\n正文\n");
        File.AppendAllText(Path.Combine(content, "person", "zhang-san.md"), "\n他也认识 [[ghost-person]]。\n");
        using var portal = new PortalFactory(content);
        using var client = portal.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        var (broken, _) = await portal.GetPageAsync("/companies/broken");
        var (person, dom) = await portal.GetPageAsync("/people/zhang-san");

        Assert.Equal("degraded", health.GetProperty("status").GetString());
        var problems = health.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).ToList();
        Assert.Contains(problems, p => p.StartsWith("company/broken.md:3: error: invalid YAML", StringComparison.Ordinal)
            || p.StartsWith("company/broken.md:4: error: invalid YAML", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("person/zhang-san.md:12: warning: broken link", StringComparison.Ordinal));
        home.EnsureSuccessStatusCode();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, broken.StatusCode);
        person.EnsureSuccessStatusCode();
        Assert.Equal("ghost-person", dom.QuerySelector(".broken-link")!.TextContent);
    }

    [Fact]
    public async Task Health_is_ok_for_valid_content()
    {
        using var portal = new FixtureContentFactory();
        var health = await portal.CreateClient().GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(12, health.GetProperty("documents").GetInt32()); // every document of tests/fixtures/content
        Assert.Empty(health.GetProperty("problems").EnumerateArray());
    }
}
