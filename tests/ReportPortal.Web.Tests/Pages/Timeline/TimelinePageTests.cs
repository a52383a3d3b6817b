using System.Net;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages.Timeline;

[Collection(RealContent.Name)]
public class TimelinePageTests(RealContentFactory portal)
{
    private static List<IElement> Events(IDocument dom) => [.. dom.QuerySelectorAll("li.event")];

    private static List<string> Hrefs(IElement scope, string selector) =>
        [.. scope.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task Lists_all_127_events_in_date_order_from_the_1940s_to_the_forecasts()
    {
        var (response, dom) = await portal.GetPageAsync("/timeline");

        response.EnsureSuccessStatusCode();
        var events = Events(dom);
        Assert.Equal(127, events.Count);
        var sorts = events.Select(e => e.GetAttribute("data-sort")!).ToList();
        Assert.Equal(sorts.Order(StringComparer.Ordinal), sorts);

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
        Assert.InRange(forecasts.Count, 1, events.Count - 1);
        Assert.All(forecasts, e => Assert.Equal("预测", e.QuerySelector(".badge-forecast")?.TextContent.Trim()));
        Assert.All(events.Except(forecasts), e => Assert.Null(e.QuerySelector(".badge-forecast")));

        // The report's forecasts reach beyond its own date (February 2023); nothing before it is a forecast.
        Assert.All(events.Where(e => string.CompareOrdinal(e.GetAttribute("data-sort"), "2023-02") < 0), e => Assert.DoesNotContain("forecast", e.ClassList));
        Assert.All(events.Where(e => string.CompareOrdinal(e.GetAttribute("data-sort"), "2024") >= 0), e => Assert.Contains("forecast", e.ClassList));
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
        var chatgpt = Events(dom).Single(e => e.QuerySelector(".event-date")!.TextContent.Trim() == "2022-11-30");
        Assert.Equal("2022-11-30", chatgpt.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("日", chatgpt.QuerySelector(".event-precision")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_filter_keeps_only_events_that_name_OpenAI_and_says_so_in_the_heading()
    {
        var (response, dom) = await portal.GetPageAsync("/timeline?entity=openai");

        response.EnsureSuccessStatusCode();
        var events = Events(dom);
        Assert.InRange(events.Count, 5, 126);
        Assert.All(events, e => Assert.Contains("/companies/openai", Hrefs(e, ".event-entities a")));
        Assert.Contains("OpenAI", dom.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("openai", dom.QuerySelector("#timeline-entity")!.GetAttribute("value"));

        var (_, all) = await portal.GetPageAsync("/timeline");
        Assert.Equal(Events(all).Count(e => Hrefs(e, ".event-entities a").Contains("/companies/openai")), events.Count);
    }

    [Theory]
    [InlineData("openai", "OpenAI")]
    [InlineData("market", "市场")]
    [InlineData("policy", "政策")]
    public async Task The_kind_filter_keeps_only_events_of_that_kind(string kind, string name)
    {
        var (_, dom) = await portal.GetPageAsync("/timeline?kind=" + kind);

        var events = Events(dom);
        Assert.InRange(events.Count, 1, 126);
        Assert.All(events, e => Assert.Equal(name, e.QuerySelector(".event-kind")!.TextContent.Trim()));
        Assert.NotNull(dom.QuerySelector($"#timeline-kind option[value={kind}][selected]"));
    }

    [Fact]
    public async Task The_doctype_filter_keeps_only_events_that_name_a_company()
    {
        var (_, dom) = await portal.GetPageAsync("/timeline?doctype=company");

        var events = Events(dom);
        Assert.InRange(events.Count, 1, 126);
        Assert.All(events, e => Assert.Contains(Hrefs(e, ".event-entities a"), h => h.StartsWith("/companies/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("kind=no-such-kind")]
    [InlineData("entity=no-such-document")]
    [InlineData("doctype=spaceship")]
    [InlineData("kind=openai&entity=alan-turing")]
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
        Assert.True(entityLinks.Count >= 100, $"only {entityLinks.Count} distinct entity links");
        Assert.Empty(dom.QuerySelectorAll(".event-entities span"));
        foreach (var href in entityLinks)
        {
            var (response, _) = await portal.GetPageAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {response.StatusCode}");
        }

        var sources = Events(dom).Select(e => e.QuerySelector("a.event-source")?.GetAttribute("href") ?? "").ToList();
        Assert.All(sources, s => Assert.StartsWith("/chapters/", s, StringComparison.Ordinal));
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
