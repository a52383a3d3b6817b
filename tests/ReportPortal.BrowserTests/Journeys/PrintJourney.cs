using Microsoft.Playwright;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader prints a chapter: no navigation, table of contents or pager on paper, links still readable.</summary>
[Collection(RealBrowser.Name)]
public sealed class PrintJourney(BrowserFixture browser)
{
    [Fact]
    public async Task A_chapter_prints_without_navigation_and_with_link_addresses()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/chapters/01-origins");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator("nav.toc").IsVisibleAsync());
        Assert.False(await page.Locator(".pager").IsVisibleAsync());
        Assert.True(await page.Locator(".prose").IsVisibleAsync());
        var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.prose a.doc-link'), '::after').content");
        Assert.Contains("/", after, StringComparison.Ordinal);
        session.AssertStayedOnSite();
    }
}
