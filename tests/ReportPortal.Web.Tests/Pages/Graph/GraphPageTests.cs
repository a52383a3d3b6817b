using System.Net;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Graph;

/// <summary>On the fixture content: 微软 (weiruan) invested-in 开放实验室 (kaifang), which developed rlhf-test; 王五
/// (wang-wu) co-founded 星河科技 (xinghe), which developed 对话助手 (duihua-zhushou, a product), which uses 注意力机制
/// (zhuyili); 芯力半导体 (xinli) supplies xinghe. Eight documents, six relations.</summary>
[Collection(FixtureContent.Name)]
public class GraphPageTests(FixtureContentFactory portal)
{
    private static List<string> SvgLinks(IDocument dom) =>
        [.. dom.QuerySelectorAll("svg.relation-graph a").Select(a => a.GetAttribute("href")!)];

    /// <summary>The edges table: (from href, relation label, to href) per row.</summary>
    private static List<(string From, string Label, string To)> EdgeRows(IDocument dom) =>
        [.. dom.QuerySelectorAll("table.graph-edges tbody tr").Where(tr => tr.QuerySelectorAll("a").Length == 2)
            .Select(tr => (tr.QuerySelectorAll("a")[0].GetAttribute("href")!, tr.Children[1].TextContent.Trim(), tr.QuerySelectorAll("a")[1].GetAttribute("href")!))];

    [Fact]
    public async Task Without_a_focus_it_draws_the_most_connected_documents_and_says_how_many_the_filters_select()
    {
        var (response, dom) = await portal.GetPageAsync("/graph");

        response.EnsureSuccessStatusCode();
        var svg = dom.QuerySelector("svg.relation-graph")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
        var links = SvgLinks(dom);
        Assert.Equal(
            ["/companies/kaifang", "/companies/weiruan", "/companies/xinghe", "/companies/xinli", "/people/wang-wu", "/products/duihua-zhushou", "/technologies/zhuyili", "/terms/rlhf-test"],
            links.Order(StringComparer.Ordinal));
        Assert.Equal("/companies/xinghe", links[0]); // the most connected first
        Assert.Contains("选中 8 个条目、6 条关系", dom.QuerySelector(".graph-note")!.TextContent, StringComparison.Ordinal);
        var rows = EdgeRows(dom);
        Assert.Equal(6, rows.Count);
        Assert.Contains(("/people/wang-wu", "联合创立", "/companies/xinghe"), rows);
        Assert.All(rows, r => Assert.True(links.Contains(r.From) && links.Contains(r.To), $"{r.From} → {r.To} is drawn"));
        Assert.Equal(rows.Count, dom.QuerySelectorAll("svg .edge title").SelectMany(t => t.TextContent.Split('；')).Count());
        Assert.Empty(dom.QuerySelectorAll("main script")); // the graph is drawn on the server, not by a script
    }

    [Fact]
    public async Task A_focus_by_id_shows_that_documents_neighbourhood()
    {
        var (response, dom) = await portal.GetPageAsync("/graph?focus=kaifang");

        response.EnsureSuccessStatusCode();
        Assert.Contains("开放实验室", dom.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var links = SvgLinks(dom);
        Assert.Equal("/companies/kaifang", links[0]);
        Assert.Equal(["/companies/weiruan", "/terms/rlhf-test"], links.Skip(1).Order(StringComparer.Ordinal));
        Assert.Equal(
            [("/companies/kaifang", "开发", "/terms/rlhf-test"), ("/companies/weiruan", "投资", "/companies/kaifang")],
            EdgeRows(dom).Order());
        Assert.Contains(dom.QuerySelectorAll(".graph-list > li"), li => li.QuerySelector("a")!.GetAttribute("href") == "/companies/weiruan"
            && li.QuerySelector(".graph-rel")!.TextContent.Contains("获投资", StringComparison.Ordinal));
        Assert.Equal("kaifang", dom.QuerySelector("#graph-focus")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("微软")]
    [InlineData("Microsoft")]
    [InlineData(" msft ")]
    public async Task A_focus_by_chinese_name_english_name_or_alias_is_resolved(string name)
    {
        var (response, dom) = await portal.GetPageAsync("/graph?focus=" + Uri.EscapeDataString(name));

        response.EnsureSuccessStatusCode();
        Assert.Null(dom.QuerySelector(".graph-message"));
        Assert.Contains("微软", dom.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var links = SvgLinks(dom);
        Assert.Equal("/companies/weiruan", links[0]);
        Assert.Contains("/companies/kaifang", links);
    }

    [Fact]
    public async Task A_type_filter_restricts_the_edges_table_to_those_relations()
    {
        var (response, dom) = await portal.GetPageAsync("/graph?type=invested-in");

        response.EnsureSuccessStatusCode();
        var rows = EdgeRows(dom);
        Assert.Equal([("/companies/weiruan", "投资", "/companies/kaifang")], rows);
        Assert.Equal("checked", dom.QuerySelector("input[name=type][value=invested-in]")!.GetAttribute("checked"));
        Assert.Null(dom.QuerySelector("input[name=type][value=developed]")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task A_kind_filter_restricts_the_edges_table_to_documents_of_those_kinds()
    {
        var (_, all) = await portal.GetPageAsync("/graph");
        var (response, dom) = await portal.GetPageAsync("/graph?kind=person&kind=company");

        response.EnsureSuccessStatusCode();
        var rows = EdgeRows(dom);
        Assert.Equal(3, rows.Count); // 微软 → 开放实验室, 王五 → 星河科技, 芯力半导体 → 星河科技
        Assert.All(rows, r => Assert.All(new[] { r.From, r.To }, href =>
            Assert.True(href.StartsWith("/people/", StringComparison.Ordinal) || href.StartsWith("/companies/", StringComparison.Ordinal), href)));
        Assert.Contains(EdgeRows(all), r => r.From.StartsWith("/products/", StringComparison.Ordinal) || r.To.StartsWith("/products/", StringComparison.Ordinal));
        Assert.All(SvgLinks(dom), href => Assert.Matches("^/(people|companies)/", href));
    }

    [Fact]
    public async Task Filters_apply_around_a_focus_too()
    {
        var (_, unfiltered) = await portal.GetPageAsync("/graph?focus=xinghe");
        var (_, dom) = await portal.GetPageAsync("/graph?focus=xinghe&type=co-founded");

        Assert.Contains("/products/duihua-zhushou", SvgLinks(unfiltered));
        Assert.Equal([("/people/wang-wu", "联合创立", "/companies/xinghe")], EdgeRows(dom));
        Assert.Equal(["/companies/xinghe", "/people/wang-wu"], SvgLinks(dom));
    }

    [Fact]
    public async Task An_unknown_focus_shows_a_message_with_status_200()
    {
        var (response, dom) = await portal.GetPageAsync("/graph?focus=nonexistent");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("没有找到“nonexistent”", dom.QuerySelector(".graph-message")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dom.QuerySelector("table.graph-edges"));
    }

    [Theory]
    [InlineData("/graph?kind=spaceships&type=teleports")]
    [InlineData("/graph?kind=&type=&focus=")]
    [InlineData("/graph?kind[0]=x&type[]=y&focus=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/graph?focus=%00%01%E2%80%8B")]
    public async Task Unknown_or_odd_filter_values_are_ignored_never_a_500(string url)
    {
        var (response, dom) = await portal.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(EdgeRows(dom));
        Assert.Empty(dom.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_very_long_focus_is_not_found_rather_than_an_error()
    {
        var (response, dom) = await portal.GetPageAsync("/graph?focus=" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(dom.QuerySelector(".graph-message"));
    }

    [Fact]
    public async Task The_form_works_without_javascript_and_the_page_links_its_stylesheet()
    {
        var (_, dom) = await portal.GetPageAsync("/graph");

        var form = dom.QuerySelector("form.graph-form")!;
        Assert.Equal(("/graph", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.NotNull(form.QuerySelector("input[name=focus]"));
        Assert.Contains(form.QuerySelectorAll("input[type=checkbox][name=kind]"), i => i.GetAttribute("value") == "company");
        var groups = form.QuerySelectorAll(".graph-types legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("资本", groups);
        Assert.Contains(form.QuerySelectorAll(".graph-types input[name=type]"), i => i.GetAttribute("value") == "invested-in");
        Assert.NotNull(dom.QuerySelector("link[rel=stylesheet][href='/css/graph.css']"));
        var (css, _) = await portal.GetPageAsync("/css/graph.css");
        css.EnsureSuccessStatusCode();
        Assert.Contains(".node-company", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
