namespace ReportPortal.Web.Tests.Highlight;

/// <summary>Following a search hit: the result links carry <c>?h=</c>; the page marks the words server-side, says
/// how many places it marked and links to itself without the marks.</summary>
[Collection(RealContent.Name)]
public sealed class HighlightPageTests(RealContentFactory portal)
{
    [Fact]
    public async Task Search_results_link_to_their_pages_with_the_query()
    {
        var (_, dom) = await portal.GetPageAsync("/search?q=%E5%BE%AE%E8%BD%AF");

        var links = dom.QuerySelectorAll("ol.results a.result-title").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Matches(@"^/[a-z]+/[a-z0-9-]+\?h=%E5%BE%AE%E8%BD%AF(#.*)?$", href));
    }

    [Fact]
    public async Task A_profile_marks_the_terms_in_its_text_and_offers_to_clear_them()
    {
        var (response, dom) = await portal.GetPageAsync("/companies/openai?h=%E5%BE%AE%E8%BD%AF");

        response.EnsureSuccessStatusCode();
        var marks = dom.QuerySelectorAll("article mark.search-hl").ToList();
        Assert.True(marks.Count >= 3, $"{marks.Count} marks");
        Assert.All(marks, m => Assert.Equal("微软", m.TextContent));
        Assert.Empty(dom.QuerySelectorAll("svg mark, title mark, a[title*='<mark']"));
        var bar = dom.QuerySelector(".highlight-bar")!;
        Assert.Contains(marks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), bar.TextContent, StringComparison.Ordinal);
        Assert.Equal("/companies/openai", bar.QuerySelector("a.highlight-clear")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_chapter_marks_english_terms_case_insensitively()
    {
        var (_, dom) = await portal.GetPageAsync("/chapters/01-origins?h=openai");

        var marks = dom.QuerySelectorAll(".prose mark.search-hl").ToList();
        Assert.True(marks.Count >= 5, $"{marks.Count} marks");
        Assert.All(marks, m => Assert.Equal("openai", m.TextContent.ToLowerInvariant()));
    }

    [Fact]
    public async Task Without_h_or_with_nothing_searchable_the_page_has_no_marks_and_no_bar()
    {
        var (_, plain) = await portal.GetPageAsync("/companies/openai");
        var (response, punctuation) = await portal.GetPageAsync("/companies/openai?h=%22%3C%3E");
        var (_, missing) = await portal.GetPageAsync("/companies/openai?h=zzzqqq");

        Assert.Empty(plain.QuerySelectorAll("mark.search-hl, .highlight-bar"));
        response.EnsureSuccessStatusCode();
        Assert.Empty(punctuation.QuerySelectorAll("mark.search-hl, .highlight-bar"));
        Assert.Empty(missing.QuerySelectorAll("mark.search-hl"));
        Assert.Contains("zzzqqq", missing.QuerySelector(".highlight-bar")!.TextContent, StringComparison.Ordinal);
    }
}
