using System.Globalization;
using System.Net;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Map;

[Collection(RealContent.Name)]
public class MapPageTests(RealContentFactory portal)
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
    public async Task Says_it_stands_in_for_the_missing_ecosystem_image_and_links_the_chapters()
    {
        var (_, dom) = await portal.GetPageAsync("/map");

        var note = dom.QuerySelector(".map-note")!;
        Assert.Contains("生态全景图", note.TextContent, StringComparison.Ordinal);
        var hrefs = dom.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/chapters/04-ecosystem-panorama", hrefs);
        Assert.Contains("/chapters/03-industry-map", hrefs);
        Assert.Contains("/chapters/07-industry-panorama", hrefs);
        foreach (var chapter in new[] { "/chapters/04-ecosystem-panorama", "/chapters/03-industry-map", "/chapters/07-industry-panorama" })
        {
            var (response, _) = await portal.GetPageAsync(chapter);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task NVIDIA_is_under_compute_in_the_chip_segment()
    {
        // content/company/nvidia.md: layer: 算力, segment: 芯片
        var (_, dom) = await portal.GetPageAsync("/map");

        var holders = dom.QuerySelectorAll(".map-layer").Where(l => Links(l).Contains("/companies/nvidia")).ToList();
        Assert.Equal("算力", Assert.Single(holders).GetAttribute("data-layer"));
        var segment = dom.QuerySelectorAll(".map-segment").Single(s => Links(s).Contains("/companies/nvidia"));
        Assert.StartsWith("芯片 ", segment.QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("英伟达", segment.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downstream_holds_text_generation_companies_and_documents_without_a_segment_go_under_other()
    {
        var (_, dom) = await portal.GetPageAsync("/map");

        var downstream = dom.QuerySelector(".map-layer[data-layer=下游]")!;
        var headings = downstream.QuerySelectorAll(".map-segment h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(headings, h => h.StartsWith("文本生成", StringComparison.Ordinal));
        Assert.StartsWith("其他", headings[^1], StringComparison.Ordinal);
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

        Assert.True(total >= 70, $"only {total} entries on the map");
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
