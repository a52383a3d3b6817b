using System.Text.Json;

namespace ReportPortal.Web.Tests.Seo;

/// <summary>A title that holds markup cannot end the JSON-LD script element early: the JSON escapes &lt;, &gt; and
/// &amp;, and still parses to the title as written.</summary>
public sealed class JsonLdEscapingTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task A_title_with_a_script_tag_stays_inside_the_json()
    {
        const string title = "微软</script><script>alert(1)</script>";
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        var company = Path.Combine(content, "company", "weiruan.md");
        File.WriteAllText(company, File.ReadAllText(company).Replace("title: 微软", $"title: \"{title}\"", StringComparison.Ordinal));
        using var portal = new PortalFactory(content);

        var (response, dom) = await portal.GetPageAsync("/companies/weiruan");

        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain(dom.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        var script = Assert.Single(dom.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("</script", script.TextContent, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(script.TextContent);
        var node = json.RootElement.GetProperty("@graph").EnumerateArray().First();
        Assert.Equal(title, node.GetProperty("name").GetString());
    }
}
