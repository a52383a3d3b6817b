using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader switches the interface to English and back; the choice is remembered between pages.</summary>
[Collection(RealBrowser.Name)]
public sealed class EnglishInterfaceJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Language_links_switch_the_interface_and_the_choice_is_remembered()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var nav = page.Locator(".site-header nav").First;

        await session.GotoAsync("/chapters/01-origins");
        await Expect(nav).ToContainTextAsync("章节");

        await page.Locator("a[hreflang=en]").First.ClickAsync();
        await Expect(nav).ToContainTextAsync("Chapters");

        await session.GotoAsync("/companies/openai");
        await Expect(nav).ToContainTextAsync("Chapters");
        var cookies = await session.Context.CookiesAsync();
        Assert.NotEmpty(cookies);

        await page.Locator("a[hreflang=zh-CN]").First.ClickAsync();
        await Expect(nav).ToContainTextAsync("章节");
        await Expect(nav).Not.ToContainTextAsync("Chapters");

        await session.GotoAsync("/glossary");
        await Expect(nav).ToContainTextAsync("章节");

        session.AssertStayedOnSite();
    }
}
