namespace ReportPortal.Web.Tests.Pages.Glossary;

[Collection(RealContent.Name)]
public class GlossaryPageTests(RealContentFactory portal)
{
    [Fact]
    public async Task Lists_terms_and_technologies_with_both_names_and_a_summary()
    {
        var (response, dom) = await portal.GetPageAsync("/glossary");

        response.EnsureSuccessStatusCode();
        var entries = dom.QuerySelectorAll(".glossary-entry");
        Assert.True(entries.Length >= 100, $"only {entries.Length} entries");
        var rlhf = entries.Single(e => e.QuerySelector("a")!.GetAttribute("href")!.EndsWith("/rlhf", StringComparison.Ordinal));
        Assert.Contains("RLHF", rlhf.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(rlhf.QuerySelector("dd")!.TextContent));
    }

    [Theory]
    [InlineData("RLHF", "rlhf")]
    [InlineData("人类反馈", "rlhf")]
    [InlineData("transformer", "transformer")]
    public async Task The_filter_works_without_javascript(string q, string id)
    {
        var (_, dom) = await portal.GetPageAsync("/glossary?q=" + Uri.EscapeDataString(q));

        var hrefs = dom.QuerySelectorAll(".glossary-entry dt a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(hrefs, h => h.EndsWith("/" + id, StringComparison.Ordinal));
        Assert.True(hrefs.Count < 20, $"{hrefs.Count} entries match '{q}'");
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so()
    {
        var (_, dom) = await portal.GetPageAsync("/glossary?q=zzzzqqq");

        Assert.Contains("没有与", dom.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
    }
}
