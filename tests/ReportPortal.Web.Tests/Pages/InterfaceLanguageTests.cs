using AngleSharp;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages;

[Collection(FixtureContent.Name)]
public class InterfaceLanguageTests(FixtureContentFactory portal)
{
    private static async Task<IDocument> Dom(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html));
    }

    [Fact]
    public async Task Chinese_is_the_default_and_English_is_remembered_once_chosen()
    {
        using var client = portal.CreateClient();

        var before = await Dom(client, "/companies/xinli");
        await client.GetAsync(new Uri("/language?lang=en&returnUrl=%2Fcompanies%2Fxinli", UriKind.Relative));
        var after = await Dom(client, "/companies/xinli");
        var elsewhere = await Dom(client, "/glossary");
        await client.GetAsync(new Uri("/language?lang=zh-CN&returnUrl=%2F", UriKind.Relative));
        var back = await Dom(client, "/");

        Assert.Equal("zh-CN", before.DocumentElement.GetAttribute("lang"));
        Assert.Contains("章节", before.QuerySelector("#site-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("芯力半导体", before.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", after.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Chapters", after.QuerySelector("#site-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("CoreForce Semiconductor", after.QuerySelector("h1")!.TextContent);
        Assert.Equal("芯力半导体", after.QuerySelector("header .en")!.TextContent);
        Assert.Equal("Glossary", elsewhere.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("章节", back.QuerySelector("#site-nav")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_only_returns_to_local_addresses()
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/language?lang=en&returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative));

        Assert.Equal("/", response.Headers.Location!.ToString());
    }

    private async Task<HttpClient> EnglishClient()
    {
        var client = portal.CreateClient();
        using var response = await client.GetAsync(new Uri("/language?lang=en&returnUrl=%2F", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return client;
    }

    [Theory]
    [InlineData("/timeline", "Timeline")]
    [InlineData("/map", "Industry map")]
    [InlineData("/graph", "Relation graph")]
    [InlineData("/maintainers", "Content health")]
    public async Task Explore_pages_have_English_headings_in_the_English_interface(string url, string heading)
    {
        using var client = await EnglishClient();

        var dom = await Dom(client, url);

        Assert.Equal("en", dom.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, dom.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith(heading + " · ", dom.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explore_pages_keep_their_Chinese_headings_by_default()
    {
        using var client = portal.CreateClient();

        Assert.StartsWith("时间线", (await Dom(client, "/timeline")).QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("产业地图", (await Dom(client, "/map")).QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("关系图谱", (await Dom(client, "/graph")).QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("内容维护", (await Dom(client, "/maintainers")).QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_shows_English_kind_names_in_the_English_interface()
    {
        using var client = await EnglishClient();

        var dom = await Dom(client, "/search?q=" + Uri.EscapeDataString("微软"));
        var filters = dom.QuerySelectorAll(".kind-filter a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Contains(filters, f => f.StartsWith("All (", StringComparison.Ordinal));
        Assert.Contains(filters, f => f.StartsWith("Companies (", StringComparison.Ordinal));
        Assert.DoesNotContain(filters, f => f.StartsWith("公司", StringComparison.Ordinal));
        Assert.Contains(dom.QuerySelectorAll(".result .badge"), b => b.TextContent.Trim() == "Company");
    }

    [Fact]
    public async Task The_graph_and_timeline_name_documents_in_English_in_the_English_interface()
    {
        using var client = await EnglishClient();

        var graph = await Dom(client, "/graph?focus=weiruan");
        var timeline = await Dom(client, "/timeline?entity=xinghe");

        Assert.Contains("Microsoft", graph.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(graph.QuerySelectorAll("svg.relation-graph a text, svg.relation-graph a title"), n => n.TextContent.Contains("OpenLab", StringComparison.Ordinal));
        Assert.Contains(graph.QuerySelectorAll(".graph-edges th"), th => th.TextContent.Trim() == "From");
        Assert.Contains("Timeline", timeline.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Galaxy Tech", timeline.QuerySelector(".timeline-subject")!.TextContent, StringComparison.Ordinal);
        var entityNames = timeline.QuerySelectorAll(".event-entities a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Galaxy Tech", entityNames);
        Assert.DoesNotContain("星河科技", entityNames);
        Assert.Contains("Precision: ", timeline.QuerySelector(".event-precision")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The interface text of these pages (not the content, and not the messages that give Chinese names as
    /// examples of what to type) has no Chinese left in the English interface.</summary>
    [Fact]
    public async Task Every_interface_string_of_the_explore_pages_has_an_English_text()
    {
        using var client = await EnglishClient();
        string[] urls = ["/timeline", "/timeline?kind=nope", "/map", "/graph", "/graph?focus=xinghe", "/graph?focus=nonexistent", "/maintainers", "/search?q=%E5%BE%AE%E8%BD%AF", "/search", "/companies/xinghe"];

        foreach (var url in urls)
        {
            var dom = await Dom(client, url);
            foreach (var selector in new[] { "h1", ".lead", ".timeline-filter label", ".graph-form > div > label", ".graph-kinds legend", ".graph-types summary", "button", "caption", "th", ".graph-hint", ".graph-note", ".timeline-count", ".empty", "#relations-title", "#graph-title", "#problems-title", "#orphans-title" })
            {
                foreach (var element in dom.QuerySelectorAll(selector))
                {
                    var own = string.Concat(element.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent));
                    Assert.False(own.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{url} {selector}: {element.TextContent.Trim()}");
                }
            }
        }
    }
}
