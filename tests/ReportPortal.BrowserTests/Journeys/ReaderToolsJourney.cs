using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader follows a search hit to its highlighted words, clears them, copies a heading's link and a
/// citation, and opens the API reference, which loads nothing from other sites.</summary>
[Collection(RealBrowser.Name)]
public sealed class ReaderToolsJourney(BrowserFixture browser)
{
    [Fact]
    public async Task A_search_hit_opens_its_page_scrolled_to_the_highlighted_words()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/search?q=" + Uri.EscapeDataString("人类反馈"));

        await page.Locator("ol.results a.result-title").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("h=", StringComparison.Ordinal));

        var first = page.Locator("mark.search-hl-first");
        await Expect(first).ToBeInViewportAsync();
        await Expect(first).ToContainTextAsync("人类反馈");
        await page.Locator("a.highlight-clear").ClickAsync();
        await Expect(page.Locator("mark.search-hl")).ToHaveCountAsync(0);
        session.AssertStayedOnSite();
    }

    [Fact]
    public async Task Headings_and_citations_can_be_copied()
    {
        await using var session = await browser.NewSessionAsync();
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = session.Page;
        await session.GotoAsync("/chapters/01-origins");

        var heading = page.Locator(".prose h2[id]").First;
        var id = await heading.GetAttributeAsync("id");
        var button = heading.Locator("xpath=following-sibling::button[contains(@class, 'copy-link')]");
        Assert.Equal(0, await page.Locator("h1 button, h2 button").CountAsync()); // beside the heading, not in its name
        await button.ClickAsync();
        await Expect(button).ToHaveTextAsync("已复制");
        var link = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(browser.BaseAddress, "/chapters/01-origins#" + Uri.EscapeDataString(id!)).ToString(), link);

        await page.Locator("details.cite summary").ClickAsync();
        var today = await page.EvaluateAsync<string>("() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }");
        await Expect(page.Locator("#cite-gbt [data-access]")).ToHaveTextAsync(today);
        await page.Locator("button[data-copy-from='cite-gbt']").ClickAsync();
        var citation = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("杜玉河. ", citation, StringComparison.Ordinal);
        Assert.EndsWith("/d/01-origins.", citation, StringComparison.Ordinal);
        session.AssertStayedOnSite();
    }

    [Fact]
    public async Task The_api_reference_renders_from_this_site_alone()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/api-reference/");

        await Expect(page.GetByText("Search").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(session.OffSiteRequests.Count == 0, "Requests left the site:\n" + string.Join("\n", session.OffSiteRequests));
    }
}
