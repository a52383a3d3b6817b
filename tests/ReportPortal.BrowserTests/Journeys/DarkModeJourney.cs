using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader switches to the dark theme, or gets it from their system setting.</summary>
[Collection(RealBrowser.Name)]
public sealed class DarkModeJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Theme_toggle_switches_to_dark_and_the_choice_survives_a_reload()
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = session.Page;
        await session.GotoAsync("/chapters/01-origins");

        var toggle = page.Locator("#theme-toggle");
        await Expect(toggle).ToBeVisibleAsync();
        Assert.NotEqual("dark", await ThemeProbe.ThemeAsync(page));

        // A two-state toggle goes light → dark at once; a three-state one (system/light/dark) may need more presses.
        for (var i = 0; i < 3 && await ThemeProbe.ThemeAsync(page) != "dark"; i++)
        {
            await toggle.ClickAsync();
        }

        Assert.Equal("dark", await ThemeProbe.ThemeAsync(page));
        await ThemeProbe.AssertDarkAsync(page, "after choosing dark");
        Assert.Equal("dark", await page.EvaluateAsync<string?>("() => localStorage.getItem('theme')"));

        await page.ReloadAsync();
        Assert.Equal("dark", await ThemeProbe.ThemeAsync(page));
        await ThemeProbe.AssertDarkAsync(page, "after a reload");

        await session.GotoAsync("/glossary");
        Assert.Equal("dark", await ThemeProbe.ThemeAsync(page));

        session.AssertStayedOnSite();
    }

    [Fact]
    public async Task A_dark_system_setting_gives_the_dark_theme_by_default()
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var page = session.Page;
        await session.GotoAsync("/");

        await ThemeProbe.AssertDarkAsync(page, "with prefers-color-scheme: dark");
        var theme = await ThemeProbe.ThemeAsync(page);
        Assert.True(theme is "dark" or "", $"data-theme is '{theme}' although the system prefers dark");

        session.AssertStayedOnSite();
    }
}
