using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader searches from the header with the keyboard only: "/" to focus, suggestions as they type,
/// arrow keys and Enter to open one, Escape to close the list, Enter without a choice for a full search.</summary>
[Collection(RealBrowser.Name)]
public sealed class SearchFromHeaderJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Keyboard_search_opens_a_suggestion_or_the_results_page()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var input = page.Locator("#site-search");
        var list = page.Locator("#site-suggest");
        var options = list.Locator("[role=option]");

        await session.GotoAsync("/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("site-search", await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''"));

        await TypeAndWaitForSuggestionsAsync(page, "英伟");
        await Expect(list).ToBeVisibleAsync();
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.True(await options.CountAsync() > 0, "no suggestion for 英伟");

        await page.Keyboard.PressAsync("ArrowDown");
        var first = options.First;
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        var firstId = await first.GetAttributeAsync("id");
        Assert.False(string.IsNullOrEmpty(firstId), "the selected option has no id for aria-activedescendant");
        await Expect(input).ToHaveAttributeAsync("aria-activedescendant", firstId!);
        await Expect(first).ToContainTextAsync("英伟达");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/companies/nvidia");
        await Expect(page.Locator("h1")).ToContainTextAsync("英伟达");

        // Escape closes the list and leaves the reader in the box.
        await input.FocusAsync();
        await TypeAndWaitForSuggestionsAsync(page, "英伟");
        await Expect(list).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(list).ToBeHiddenAsync();
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(input).ToBeFocusedAsync();

        // Enter with no suggestion chosen submits the form.
        await input.FillAsync("");
        await TypeAndWaitForSuggestionsAsync(page, "算力");
        await Expect(page.Locator("#site-suggest [aria-selected=true]")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?", StringComparison.Ordinal));
        Assert.Equal("/search?q=算力", session.CurrentPath);
        Assert.True(await page.Locator("ol.results > li").CountAsync() > 0, "no results for 算力");
        await Expect(page.Locator("ol.results mark").First).ToBeVisibleAsync();
        var marked = await page.Locator("ol.results mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Contains('算', StringComparison.Ordinal) || m.Contains('力', StringComparison.Ordinal));

        session.AssertStayedOnSite();
    }

    /// <summary>Types like a person (one character at a time) and waits until the suggestions for the whole text have
    /// arrived and been shown, as a reader waits to see the list before pressing an arrow key. (Pressing ArrowDown
    /// before the last answer arrives loses the highlight when that answer re-renders the list.)</summary>
    private static async Task TypeAndWaitForSuggestionsAsync(IPage page, string text)
    {
        await page.Keyboard.TypeAsync(text[..^1], new KeyboardTypeOptions { Delay = 150 });
        await page.RunAndWaitForResponseAsync(
            () => page.Keyboard.TypeAsync(text[^1..]),
            r => r.Url.Contains("/api/suggest", StringComparison.Ordinal)
                && Uri.UnescapeDataString(new Uri(r.Url).Query).Contains("q=" + text, StringComparison.Ordinal));
        // The list is rendered after the JSON is parsed; give it a frame.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }
}
