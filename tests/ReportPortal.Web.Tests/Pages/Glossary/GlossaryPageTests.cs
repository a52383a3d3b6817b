namespace ReportPortal.Web.Tests.Pages.Glossary;

[Collection(FixtureContent.Name)]
public class GlossaryPageTests(FixtureContentFactory portal)
{
    private static List<string> Hrefs(AngleSharp.Dom.IDocument dom) =>
        [.. dom.QuerySelectorAll(".glossary-entry dt a").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task Lists_terms_and_technologies_with_both_names_and_a_summary()
    {
        var (response, dom) = await portal.GetPageAsync("/glossary");

        response.EnsureSuccessStatusCode();
        Assert.Equal(["/technologies/zhuyili", "/terms/rlhf-test"], Hrefs(dom).Order(StringComparer.Ordinal));
        var rlhf = dom.QuerySelectorAll(".glossary-entry").Single(e => e.QuerySelector("a")!.GetAttribute("href") == "/terms/rlhf-test");
        Assert.Contains("人类反馈强化学习", rlhf.TextContent, StringComparison.Ordinal);
        Assert.Contains("Reinforcement Learning from Human Feedback", rlhf.TextContent, StringComparison.Ordinal);
        Assert.Contains("RLHF", rlhf.TextContent, StringComparison.Ordinal);
        Assert.Equal("用人类的评价来训练模型的方法。", rlhf.QuerySelector("dd")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("RLHF", "/terms/rlhf-test")]
    [InlineData("rlhf", "/terms/rlhf-test")]
    [InlineData("人类反馈", "/terms/rlhf-test")]
    [InlineData("human feedback", "/terms/rlhf-test")]
    [InlineData("attention", "/technologies/zhuyili")]
    [InlineData("注意力", "/technologies/zhuyili")]
    public async Task The_filter_works_without_javascript(string q, string href)
    {
        var (_, dom) = await portal.GetPageAsync("/glossary?q=" + Uri.EscapeDataString(q));

        Assert.Equal([href], Hrefs(dom));
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so()
    {
        var (_, dom) = await portal.GetPageAsync("/glossary?q=zzzzqqq");

        Assert.Empty(Hrefs(dom));
        Assert.Contains("没有与", dom.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
    }
}
