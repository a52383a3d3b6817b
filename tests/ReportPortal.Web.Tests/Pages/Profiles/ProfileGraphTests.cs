using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Profiles;

/// <summary>星河科技 (xinghe) in the fixture content: co-founded by 王五, developed 对话助手 (which uses 注意力机制, a
/// second step), supplied by 芯力半导体.</summary>
[Collection(FixtureContent.Name)]
public class ProfileGraphTests(FixtureContentFactory portal)
{
    private static IElement GraphSection(IDocument dom) =>
        dom.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")?.TextContent.Trim() == "关系图");

    [Fact]
    public async Task A_profile_has_an_svg_graph_and_a_text_list_with_the_same_neighbours()
    {
        var (response, dom) = await portal.GetPageAsync("/companies/xinghe");

        response.EnsureSuccessStatusCode();
        var section = GraphSection(dom);
        var svg = section.QuerySelector("svg")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Contains("星河科技", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        var svgLinks = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal("/companies/xinghe", svgLinks[0]);
        Assert.Equal(["/companies/xinli", "/people/wang-wu", "/products/duihua-zhushou", "/technologies/zhuyili"], svgLinks.Skip(1).Order(StringComparer.Ordinal));

        var list = section.QuerySelector("ul.graph-list")!;
        var firstStep = list.Children.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).ToList();
        var secondStep = list.QuerySelectorAll("li li > a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/companies/xinli", "/people/wang-wu", "/products/duihua-zhushou"], firstStep.Order(StringComparer.Ordinal));
        Assert.Equal(["/technologies/zhuyili"], secondStep);
        Assert.Equal(svgLinks.Skip(1).Order(StringComparer.Ordinal), firstStep.Concat(secondStep).Distinct().Order(StringComparer.Ordinal));
        string RelationTo(string href) => list.Children.Single(li => li.QuerySelector("a")!.GetAttribute("href") == href).QuerySelector(".graph-rel")!.TextContent;
        Assert.Contains("联合创始人", RelationTo("/people/wang-wu"), StringComparison.Ordinal); // the inverse label, seen from the company
        Assert.Contains("供应商", RelationTo("/companies/xinli"), StringComparison.Ordinal);
        Assert.Contains("开发", RelationTo("/products/duihua-zhushou"), StringComparison.Ordinal);
        var product = list.Children.Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/products/duihua-zhushou");
        Assert.Contains("使用", product.QuerySelector("ul")!.QuerySelector(".graph-rel")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_graph_comes_after_the_relations_and_colours_nodes_by_kind_class()
    {
        var (_, dom) = await portal.GetPageAsync("/companies/xinghe");

        var sections = dom.QuerySelectorAll("article section > h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(sections.IndexOf("关系") + 1, sections.IndexOf("关系图"));
        var nodes = GraphSection(dom).QuerySelectorAll("svg a");
        Assert.All(nodes, a => Assert.Matches(@"\bnode-(company|organisation|product|technology|person|term|place|work|event)\b", a.GetAttribute("class")));
        Assert.Equal(["node-company", "node-company", "node-person", "node-product", "node-technology"],
            nodes.Select(a => a.ClassList.Single(c => c.StartsWith("node-", StringComparison.Ordinal) && !c.StartsWith("node-step-", StringComparison.Ordinal))).Order(StringComparer.Ordinal));
        Assert.Empty(GraphSection(dom).QuerySelectorAll("[style], [fill]"));
        Assert.Contains(GraphSection(dom).QuerySelectorAll("svg .edge title"), t => t.TextContent.Contains("王五 联合创立 星河科技", StringComparison.Ordinal));
        Assert.NotNull(dom.QuerySelector("link[rel=stylesheet][href='/css/graph.css']"));
    }

    [Fact]
    public async Task A_profile_without_relations_has_no_graph_section()
    {
        var (response, dom) = await portal.GetPageAsync("/people/zhang-san"); // links to 开放实验室, but no relation

        response.EnsureSuccessStatusCode();
        Assert.Null(dom.QuerySelector(".relations"));
        Assert.DoesNotContain(dom.QuerySelectorAll("section h2"), h => h.TextContent.Trim() == "关系图");
        Assert.Null(dom.QuerySelector("svg.relation-graph"));
    }
}
