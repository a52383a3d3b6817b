using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Profiles;

[Collection(RealContent.Name)]
public class ProfileGraphTests(RealContentFactory portal)
{
    private static IElement GraphSection(IDocument dom) =>
        dom.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")?.TextContent.Trim() == "关系图");

    [Fact]
    public async Task OpenAI_has_an_svg_graph_and_a_text_list_with_the_same_neighbours()
    {
        var (response, dom) = await portal.GetPageAsync("/companies/openai");

        response.EnsureSuccessStatusCode();
        var section = GraphSection(dom);
        var svg = section.QuerySelector("svg")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Contains("OpenAI", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        var svgLinks = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal("/companies/openai", svgLinks[0]);
        Assert.Contains("/companies/microsoft", svgLinks);
        Assert.InRange(svgLinks.Count, 2, 1 + 12 + 20);
        Assert.Equal(svgLinks.Count, svgLinks.Distinct().Count());

        var list = section.QuerySelector("ul.graph-list")!;
        var firstStep = list.Children.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).ToList();
        var secondStep = list.QuerySelectorAll("li li > a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.InRange(firstStep.Count, 1, 12);
        Assert.Contains("/companies/microsoft", firstStep);
        Assert.Equal(svgLinks.Skip(1).Order(StringComparer.Ordinal), firstStep.Concat(secondStep).Distinct().Order(StringComparer.Ordinal));
        var microsoft = list.Children.Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/companies/microsoft");
        Assert.Contains("获投资", microsoft.QuerySelector(".graph-rel")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_graph_comes_after_the_relations_and_colours_nodes_by_kind_class()
    {
        var (_, dom) = await portal.GetPageAsync("/companies/openai");

        var sections = dom.QuerySelectorAll("article section > h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(sections.IndexOf("关系") + 1, sections.IndexOf("关系图"));
        var nodes = GraphSection(dom).QuerySelectorAll("svg a");
        Assert.All(nodes, a => Assert.Matches(@"\bnode-(company|organisation|product|technology|person|term|place|work|event)\b", a.GetAttribute("class")));
        Assert.Contains(nodes, a => a.ClassList.Contains("node-person"));
        Assert.Empty(GraphSection(dom).QuerySelectorAll("[style], [fill]"));
        Assert.Contains(GraphSection(dom).QuerySelectorAll("svg .edge title"), t => t.TextContent.Contains("微软 投资 OpenAI", StringComparison.Ordinal));
        Assert.NotNull(dom.QuerySelector("link[rel=stylesheet][href='/css/graph.css']"));
    }

    [Fact]
    public async Task A_profile_without_relations_has_no_graph_section()
    {
        var (response, dom) = await portal.GetPageAsync("/places/colorado");

        response.EnsureSuccessStatusCode();
        Assert.Null(dom.QuerySelector(".relations"));
        Assert.DoesNotContain(dom.QuerySelectorAll("section h2"), h => h.TextContent.Trim() == "关系图");
        Assert.Null(dom.QuerySelector("svg.relation-graph"));
    }
}
