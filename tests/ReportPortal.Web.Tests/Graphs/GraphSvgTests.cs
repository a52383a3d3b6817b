using System.Xml.Linq;
using ReportPortal.Knowledge.Graph;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Graphs;

namespace ReportPortal.Web.Tests.Graphs;

/// <summary>The server-drawn SVG of a relation graph, on the fixture content's relations: 微软 (weiruan)
/// invested-in 开放实验室 (kaifang), which developed rlhf-test.</summary>
public sealed class GraphSvgTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private RelationGraph Neighbourhood(string id, string? content = null)
    {
        var status = IndexFile.Ensure(content ?? TestPaths.FixtureContent, Path.Combine(_scratch.Path, "index.db"));
        return RelationGraph.Neighbourhood(KnowledgeSnapshot.Open(status).Graph, id);
    }

    [Fact]
    public void The_svg_links_every_node_colours_by_kind_class_and_labels_edges_in_tooltips()
    {
        var graph = Neighbourhood("weiruan");

        var svg = GraphSvg.Render(graph, GraphLayout.Of(graph), "微软的关系图");

        var root = XElement.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(("group", "微软的关系图"), ((string?)root.Attribute("role"), (string?)root.Attribute("aria-label")));
        var links = root.Descendants(ns + "a").ToList();
        Assert.Equal(["/companies/weiruan", "/companies/kaifang", "/terms/rlhf-test"], links.Select(a => (string?)a.Attribute("href")));
        Assert.Contains("node-company", (string?)links[0].Attribute("class"), StringComparison.Ordinal);
        Assert.Contains("node-term", (string?)links[2].Attribute("class"), StringComparison.Ordinal);
        Assert.DoesNotContain("fill=", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
        var tips = root.Descendants(ns + "g").Where(g => ((string?)g.Attribute("class") ?? "").Split(' ').Contains("edge"))
            .Select(g => g.Element(ns + "title")!.Value).ToList();
        Assert.Equal(["微软 投资 开放实验室", "开放实验室 开发 人类反馈强化学习"], tips);
        Assert.Equal(svg, GraphSvg.Render(graph, GraphLayout.Of(graph), "微软的关系图"));
    }

    [Fact]
    public void The_svg_escapes_titles_labels_and_the_aria_label()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        var company = Path.Combine(content, "company", "weiruan.md");
        File.WriteAllText(company, File.ReadAllText(company).Replace("title: 微软", "title: \"微<b>软</b> & 'Co' \\\"X\\\"\"", StringComparison.Ordinal));
        var types = Path.Combine(content, "relation-types.yaml");
        File.WriteAllText(types, File.ReadAllText(types).Replace("label: 投资", "label: \"投<资>\"", StringComparison.Ordinal));
        var graph = Neighbourhood("kaifang", content);
        Assert.Equal("微<b>软</b> & 'Co' \"X\"", graph.Node("weiruan")!.Title);

        var svg = GraphSvg.Render(graph, GraphLayout.Of(graph), "<script>alert(1)</script>");

        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<资>", svg, StringComparison.Ordinal);
        Assert.Contains("微&lt;b&gt;软&lt;/b&gt; &amp; &#39;Co&#39; &quot;X&quot;", svg, StringComparison.Ordinal);
        Assert.Contains("投&lt;资&gt;", svg, StringComparison.Ordinal);
        var root = XElement.Parse(svg); // still well-formed markup
        Assert.Equal("<script>alert(1)</script>", (string?)root.Attribute("aria-label"));
    }
}
