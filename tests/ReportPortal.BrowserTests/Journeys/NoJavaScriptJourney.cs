using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader with JavaScript off can still search and read.</summary>
[Collection(RealBrowser.Name)]
public sealed class NoJavaScriptJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Header_search_and_chapters_work_without_JavaScript()
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = session.Page;

        await session.GotoAsync("/");
        await page.Locator("#site-search").FillAsync("算力");
        await page.Locator("form[role=search] button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/search?", StringComparison.Ordinal));
        Assert.Equal("/search?q=算力", session.CurrentPath);
        Assert.True(await page.Locator("ol.results > li").CountAsync() > 0, "no results for 算力 without JavaScript");
        await Expect(page.Locator("ol.results mark").First).ToBeVisibleAsync();

        await page.Locator("a[href='/chapters']").First.ClickAsync();
        await page.WaitForURLAsync("**/chapters");
        await page.Locator("a[href='/chapters/01-origins']").First.ClickAsync();
        await page.WaitForURLAsync("**/chapters/01-origins");
        await Expect(page.Locator("article.chapter h1")).ToBeVisibleAsync();
        await page.Locator("nav.toc a[href='#1-3-3']").ClickAsync();
        await Expect(page.Locator("[id='1-3-3']")).ToBeInViewportAsync();

        session.AssertStayedOnSite();
    }
}
