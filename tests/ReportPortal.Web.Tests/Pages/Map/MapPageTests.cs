using System.Globalization;
using System.Net;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Map;

/// <summary>On the fixture content: 星河科技 (下游, 文本生成), 对话助手 (下游, no segment), 芯力半导体 (算力, 芯片); the
/// other companies have no layer and stay off the map.</summary>
[Collection(FixtureContent.Name)]
public class MapPageTests(FixtureContentFactory portal)
{
    private static int CountIn(IElement element) =>
        int.Parse(string.Concat(element.TextContent.Where(char.IsAsciiDigit)), CultureInfo.InvariantCulture);

    private static List<string> Links(IElement scope) =>
        [.. scope.QuerySelectorAll(".map-segment li a").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task Shows_the_four_layers_of_the_report_in_order_with_an_explanation()
    {
        var (response, dom) = await portal.GetPageAsync("/map");

        response.EnsureSuccessStatusCode();
        var layers = dom.QuerySelectorAll(".map-layer").ToList();
        Assert.Equal(["上游", "中游", "下游", "算力"], layers.Take(4).Select(l => l.GetAttribute("data-layer")));
        Assert.StartsWith("上游：数据服务", layers[0].QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("中游：算法与模型", layers[1].QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("下游：按模态划分的应用", layers[2].QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("算力：芯片、服务器与云", layers[3].QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.All(layers.Take(4), l => Assert.False(string.IsNullOrWhiteSpace(l.QuerySelector(".map-layer-note")?.TextContent)));
    }

    [Fact]
    public async Task A_company_is_under_its_layer_in_its_segment()
    {
        // tests/fixtures/content/company/xinli.md: layer: 算力, segment: 芯片
        var (_, dom) = await portal.GetPageAsync("/map");

        var holders = dom.QuerySelectorAll(".map-layer").Where(l => Links(l).Contains("/companies/xinli")).ToList();
        Assert.Equal("算力", Assert.Single(holders).GetAttribute("data-layer"));
        var segment = dom.QuerySelectorAll(".map-segment").Single(s => Links(s).Contains("/companies/xinli"));
        Assert.StartsWith("芯片 ", segment.QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("芯力半导体", segment.TextContent, StringComparison.Ordinal);
        Assert.Contains("CoreForce Semiconductor", segment.TextContent, StringComparison.Ordinal);
        Assert.Equal("公司", segment.QuerySelector(".badge")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_layer_without_entries_says_so_and_documents_without_a_layer_stay_off_the_map()
    {
        var (_, dom) = await portal.GetPageAsync("/map");

        var midstream = dom.QuerySelector(".map-layer[data-layer=中游]")!;
        Assert.Empty(midstream.QuerySelectorAll(".map-segment"));
        Assert.Contains("中游", midstream.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
        var all = Links(dom.QuerySelector(".map")!);
        Assert.DoesNotContain("/companies/weiruan", all);
        Assert.DoesNotContain("/companies/kaifang", all);
    }

    [Fact]
    public async Task Downstream_holds_text_generation_companies_and_documents_without_a_segment_go_under_other()
    {
        var (_, dom) = await portal.GetPageAsync("/map");

        var downstream = dom.QuerySelector(".map-layer[data-layer=下游]")!;
        var segments = downstream.QuerySelectorAll(".map-segment").ToList();
        Assert.Equal(2, segments.Count);
        Assert.StartsWith("文本生成", segments[0].QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["/companies/xinghe"], Links(segments[0]));
        Assert.StartsWith("其他", segments[1].QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["/products/duihua-zhushou"], Links(segments[1]));
    }

    [Fact]
    public async Task Counts_match_the_links_listed()
    {
        var (_, dom) = await portal.GetPageAsync("/map");

        var total = 0;
        foreach (var layer in dom.QuerySelectorAll(".map-layer"))
        {
            var segments = layer.QuerySelectorAll(".map-segment").ToList();
            Assert.All(segments, s => Assert.Equal(s.QuerySelectorAll("li a").Length, CountIn(s.QuerySelector(".segment-count")!)));
            Assert.Equal(Links(layer).Count, CountIn(layer.QuerySelector(".layer-count")!));
            total += Links(layer).Count;
        }

        Assert.Equal(3, total);
        Assert.Equal(1, CountIn(dom.QuerySelector(".map-layer[data-layer=算力] .layer-count")!));
        Assert.Equal(2, CountIn(dom.QuerySelector(".map-layer[data-layer=下游] .layer-count")!));
        var all = Links(dom.QuerySelector(".map")!);
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains($"共 {total} 个条目", dom.QuerySelector(".map-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_listed_company_and_product_links_to_an_existing_page()
    {
        var (_, dom) = await portal.GetPageAsync("/map");

        var links = Links(dom.QuerySelector(".map")!);
        Assert.Contains(links, h => h.StartsWith("/companies/", StringComparison.Ordinal));
        Assert.Contains(links, h => h.StartsWith("/products/", StringComparison.Ordinal));
        Assert.All(links, h => Assert.Matches("^/(companies|organisations|products)/[^/]+$", h));
        foreach (var href in links)
        {
            var (response, _) = await portal.GetPageAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {response.StatusCode}");
        }
    }
}
