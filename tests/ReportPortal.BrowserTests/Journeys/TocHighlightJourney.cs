using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>On a wide screen, the chapter's table of contents marks the section being read.</summary>
[Collection(RealBrowser.Name)]
public sealed class TocHighlightJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Scrolling_to_a_section_marks_its_toc_link_as_current()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/chapters/01-origins");

        await page.Locator("[id='1-3-3']").EvaluateAsync("h => h.scrollIntoView({ block: 'start' })");
        var link = page.Locator("nav.toc a[href='#1-3-3']");
        await Expect(link).ToHaveAttributeAsync("aria-current", "true");
        await Expect(page.Locator("nav.toc a[aria-current=true]")).ToHaveCountAsync(1);

        session.AssertStayedOnSite();
    }
}
