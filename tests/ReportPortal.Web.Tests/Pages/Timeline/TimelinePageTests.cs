using System.Net;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Timeline;

/// <summary>On the fixture content's seven events (tests/fixtures/content/timeline.yaml): from the 1940s (a decade,
/// history) to a forecast for 2030, two of them forecasts, five naming a company, one a month and one a range.</summary>
[Collection(FixtureContent.Name)]
public class TimelinePageTests(FixtureContentFactory portal)
{
    private static List<IElement> Events(IDocument dom) => [.. dom.QuerySelectorAll("li.event")];

    private static List<string> Hrefs(IElement scope, string selector) =>
        [.. scope.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task Lists_all_events_in_date_order_from_the_1940s_to_the_forecasts()
    {
        var (response, dom) = await portal.GetPageAsync("/timeline");

        response.EnsureSuccessStatusCode();
        var events = Events(dom);
        var sorts = events.Select(e => e.GetAttribute("data-sort")!).ToList();
        Assert.Equal(["1940", "2019-07-22", "2020", "2022-11", "2023", "2023-01", "2030"], sorts); // the file lists them in another order
        Assert.Equal(["t-1940s", "t-2019", "t-2020", "t-2022", "t-2023", "t-2030"], dom.QuerySelectorAll(".timeline-group").Select(g => g.Id));
        Assert.Contains("2 个事件", dom.GetElementById("t-2023-h")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("共 7 个事件", dom.QuerySelector(".timeline-count")!.TextContent, StringComparison.Ordinal);

        var first = events[0];
        Assert.Equal("20 世纪 40 年代", first.QuerySelector(".event-date")!.TextContent.Trim());
        Assert.Contains("年代", first.QuerySelector(".event-precision")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("历史", first.QuerySelector(".event-kind")!.TextContent.Trim());
        Assert.StartsWith("1940 年代", dom.QuerySelector(".timeline-group h2")!.TextContent.Trim(), StringComparison.Ordinal);

        var last = events[^1];
        Assert.Contains("forecast", last.ClassList);
        Assert.Equal("2030", last.QuerySelector(".event-date")!.TextContent.Trim());
    }

    [Fact]
    public async Task Forecasts_and_only_forecasts_carry_the_forecast_badge()
    {
        var (_, dom) = await portal.GetPageAsync("/timeline");

        var events = Events(dom);
        var forecasts = events.Where(e => e.ClassList.Contains("forecast")).ToList();
        Assert.Equal(["2023", "2030"], forecasts.Select(e => e.GetAttribute("data-sort"))); // forecast: true in timeline.yaml
        Assert.All(forecasts, e => Assert.Equal("预测", e.QuerySelector(".badge-forecast")?.TextContent.Trim()));
        Assert.Equal(5, events.Except(forecasts).Count());
        Assert.All(events.Except(forecasts), e => Assert.Null(e.QuerySelector(".badge-forecast")));
    }

    [Fact]
    public async Task Every_event_shows_its_date_precision_in_words_and_its_kind_in_chinese()
    {
        var (_, dom) = await portal.GetPageAsync("/timeline");

        string[] precisions = ["年代", "年", "月", "日", "时间段"];
        string[] kinds = ["历史", "OpenAI", "产业", "市场", "人物", "政策", "出版方"];
        Assert.All(Events(dom), e =>
        {
            Assert.Contains(e.QuerySelector(".event-precision")!.TextContent.Replace("精度：", "", StringComparison.Ordinal).Trim(), precisions);
            Assert.Contains(e.QuerySelector(".event-kind")!.TextContent.Trim(), kinds);
        });
        IElement At(string sort) => Events(dom).Single(e => e.GetAttribute("data-sort") == sort);
        Assert.Equal(("2019-07-22", "2019-07-22", "精度：日"), Shown(At("2019-07-22")));
        Assert.Equal(("2022-11", "2022-11", "精度：月"), Shown(At("2022-11")));
        Assert.Equal(("2020", "2020", "精度：年"), Shown(At("2020")));
        Assert.Equal(("2023 年上半年", null, "精度：时间段"), Shown(At("2023-01"))); // not a machine-readable date: no datetime
        Assert.Equal("政策", At("2023-01").QuerySelector(".event-kind")!.TextContent.Trim());
        Assert.Equal("产业", At("2020").QuerySelector(".event-kind")!.TextContent.Trim());

        static (string, string?, string) Shown(IElement e) =>
            (e.QuerySelector(".event-date")!.TextContent.Trim(), e.QuerySelector("time")?.GetAttribute("datetime"), e.QuerySelector(".event-precision")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_entity_filter_keeps_only_events_that_name_the_document_and_says_so_in_the_heading()
    {
        var (response, dom) = await portal.GetPageAsync("/timeline?entity=kaifang");

        response.EnsureSuccessStatusCode();
        var events = Events(dom);
        Assert.Equal(["2019-07-22", "2023"], events.Select(e => e.GetAttribute("data-sort")));
        Assert.All(events, e => Assert.Contains("/companies/kaifang", Hrefs(e, ".event-entities a")));
        Assert.Contains("开放实验室", dom.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("kaifang", dom.QuerySelector("#timeline-entity")!.GetAttribute("value"));

        var (_, all) = await portal.GetPageAsync("/timeline");
        Assert.Equal(Events(all).Count(e => Hrefs(e, ".event-entities a").Contains("/companies/kaifang")), events.Count);
    }

    [Theory]
    [InlineData("openai", "OpenAI", 1)]
    [InlineData("market", "市场", 2)]
    [InlineData("policy", "政策", 1)]
    [InlineData("industry", "产业", 2)]
    public async Task The_kind_filter_keeps_only_events_of_that_kind(string kind, string name, int count)
    {
        var (_, dom) = await portal.GetPageAsync("/timeline?kind=" + kind);

        var events = Events(dom);
        Assert.Equal(count, events.Count);
        Assert.All(events, e => Assert.Equal(name, e.QuerySelector(".event-kind")!.TextContent.Trim()));
        Assert.NotNull(dom.QuerySelector($"#timeline-kind option[value={kind}][selected]"));
    }

    [Fact]
    public async Task The_doctype_filter_keeps_only_events_that_name_a_company()
    {
        var (_, dom) = await portal.GetPageAsync("/timeline?doctype=company");

        var events = Events(dom);
        Assert.Equal(5, events.Count); // not the 1940s or the policy event, which name no document
        Assert.All(events, e => Assert.Contains(Hrefs(e, ".event-entities a"), h => h.StartsWith("/companies/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("kind=no-such-kind")]
    [InlineData("entity=no-such-document")]
    [InlineData("doctype=spaceship")]
    [InlineData("kind=openai&entity=xinghe")]
    public async Task A_filter_that_matches_nothing_gives_an_empty_list_with_a_message(string query)
    {
        var (response, dom) = await portal.GetPageAsync("/timeline?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Events(dom));
        Assert.Contains("没有符合筛选条件的事件", dom.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/timeline", dom.QuerySelector(".empty a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Entity_and_source_links_lead_to_existing_pages_and_sections()
    {
        var (_, dom) = await portal.GetPageAsync("/timeline");

        var entityLinks = Events(dom).SelectMany(e => Hrefs(e, ".event-entities a")).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(["/companies/kaifang", "/companies/weiruan", "/companies/xinghe", "/people/wang-wu", "/products/duihua-zhushou"], entityLinks.Order(StringComparer.Ordinal));
        Assert.Empty(dom.QuerySelectorAll(".event-entities span"));
        foreach (var href in entityLinks)
        {
            var (response, _) = await portal.GetPageAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {response.StatusCode}");
        }

        var sources = Events(dom).Select(e => e.QuerySelector("a.event-source")?.GetAttribute("href") ?? "").ToList();
        Assert.Equal(7, sources.Count);
        Assert.All(sources, s => Assert.StartsWith("/chapters/", s, StringComparison.Ordinal));
        Assert.Contains("/chapters/02-outlook", sources); // a source without a section links to the chapter
        Assert.Contains("/chapters/01-start#1-2", sources);
        foreach (var chapter in sources.GroupBy(s => s.Split('#')[0]))
        {
            var (response, page) = await portal.GetPageAsync(chapter.Key);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{chapter.Key}: {response.StatusCode}");
            foreach (var anchor in chapter.Where(s => s.Contains('#', StringComparison.Ordinal)).Select(s => Uri.UnescapeDataString(s[(s.IndexOf('#', StringComparison.Ordinal) + 1)..])).Distinct())
            {
                Assert.True(page.GetElementById(anchor) is not null, $"{chapter.Key} has no section #{anchor}");
            }
        }
    }
}
