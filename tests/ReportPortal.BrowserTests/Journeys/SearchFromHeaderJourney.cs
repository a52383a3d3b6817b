using System.Text.RegularExpressions;
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

        await PressAndWaitForUrlAsync(page, "Enter", "**/companies/nvidia");
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
        await Expect(input).Not.ToHaveAttributeAsync("aria-activedescendant", new Regex("."));
        var searched = page.WaitForURLAsync(url => url.Contains("/search?", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await searched;
        Assert.Equal("/search?q=算力", session.CurrentPath);
        Assert.True(await page.Locator("ol.results > li").CountAsync() > 0, "no results for 算力");
        await Expect(page.Locator("ol.results mark").First).ToBeVisibleAsync();
        var marked = await page.Locator("ol.results mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Contains('算', StringComparison.Ordinal) || m.Contains('力', StringComparison.Ordinal));

        session.AssertStayedOnSite();
    }

    /// <summary>Issue #10: the answer for the whole text is late, and meanwhile the list still shows the suggestions
    /// for the first character. ArrowDown pressed then must not choose from that outdated list (whose options the late
    /// answer replaces, which used to leave no option active, so Enter searched instead of opening the suggestion): it
    /// chooses the first suggestion of the late answer, and Enter opens it.</summary>
    [Fact]
    public async Task Arrow_key_pressed_before_the_last_answer_arrives_chooses_from_that_answer()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var input = page.Locator("#site-search");
        var list = page.Locator("#site-suggest");
        var options = list.Locator("[role=option]");
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => url.Contains("/api/suggest?", StringComparison.Ordinal), async route =>
        {
            if (Uri.UnescapeDataString(new Uri(route.Request.Url).Query).Contains("q=英伟", StringComparison.Ordinal))
            {
                held.TrySetResult();
                await release.Task;
            }

            await route.ContinueAsync();
        });

        await session.GotoAsync("/");
        await input.FocusAsync();
        await TypeAndWaitForSuggestionsAsync(page, "英");
        await Expect(list).ToBeVisibleAsync();

        await page.Keyboard.TypeAsync("伟");
        await held.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Expect(list).ToBeVisibleAsync(); // still the suggestions for 英
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#site-suggest [aria-selected=true]")).ToHaveCountAsync(0);
        await Expect(input).Not.ToHaveAttributeAsync("aria-activedescendant", new Regex("."));

        release.SetResult();
        await Expect(list).Not.ToHaveAttributeAsync("aria-busy", "true");
        var first = options.First;
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(first).ToContainTextAsync("英伟达");
        await Expect(input).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await PressAndWaitForUrlAsync(page, "Enter", "**/companies/nvidia");
        await Expect(page.Locator("h1")).ToContainTextAsync("英伟达");

        session.AssertStayedOnSite();
    }

    /// <summary>Types like a person (one character at a time) and waits until the suggestions for the whole text are
    /// shown, as a reader waits to see the list before pressing an arrow key. The script marks the list aria-busy from
    /// each keystroke until the answer for the text typed so far is rendered; the request for the whole text is sent
    /// after the last keystroke was handled, so once it has gone out, "not busy" means that answer is on screen. (The
    /// response event alone is not enough: it fires when the browser has the headers, before the page has read the
    /// body and rendered the list.)</summary>
    private static async Task TypeAndWaitForSuggestionsAsync(IPage page, string text)
    {
        if (text.Length > 1)
        {
            await page.Keyboard.TypeAsync(text[..^1], new KeyboardTypeOptions { Delay = 150 });
        }

        await page.RunAndWaitForRequestAsync(
            () => page.Keyboard.TypeAsync(text[^1..]),
            r => r.Url.Contains("/api/suggest", StringComparison.Ordinal)
                && Uri.UnescapeDataString(new Uri(r.Url).Query).EndsWith("q=" + text, StringComparison.Ordinal));
        await Expect(page.Locator("#site-suggest")).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    /// <summary>Presses a key and waits for the page to arrive at <paramref name="url"/>; the wait starts before the
    /// key is pressed, so a navigation that completes quickly is not missed.</summary>
    private static async Task PressAndWaitForUrlAsync(IPage page, string key, string url)
    {
        var arrived = page.WaitForURLAsync(url);
        await page.Keyboard.PressAsync(key);
        await arrived;
    }
}
