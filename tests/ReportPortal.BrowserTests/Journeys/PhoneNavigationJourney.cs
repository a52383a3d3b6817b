using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>On a phone the main navigation folds behind a menu button.</summary>
[Collection(RealBrowser.Name)]
public sealed class PhoneNavigationJourney(BrowserFixture browser)
{
    [Fact]
    public async Task On_a_phone_the_nav_is_hidden_until_the_menu_button_is_pressed()
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = session.Page;
        await session.GotoAsync("/");

        var button = page.Locator("#nav-toggle");
        var nav = page.Locator("#site-nav");
        await Expect(button).ToBeVisibleAsync();
        await Expect(nav).ToHaveCountAsync(1);
        await Expect(nav).ToBeHiddenAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");

        await button.ClickAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(nav).ToBeVisibleAsync();
        await nav.Locator("a[href='/glossary']").ClickAsync();
        await page.WaitForURLAsync("**/glossary");

        session.AssertStayedOnSite();
    }
}
