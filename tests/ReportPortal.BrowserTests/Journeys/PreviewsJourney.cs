using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader hovers over or tabs to a link in a chapter and sees a preview of where it leads.</summary>
[Collection(RealBrowser.Name)]
public sealed class PreviewsJourney(BrowserFixture browser)
{
    /// <summary>Links to another page (not an anchor in this chapter).</summary>
    private const string DocLinks = ".prose a.doc-link[href^='/']:not([href*='#'])";

    [Fact]
    public async Task Hover_and_focus_show_a_preview_and_the_link_still_navigates()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var card = page.Locator("#doc-preview");
        await session.GotoAsync("/chapters/01-origins");

        var hovered = page.Locator(DocLinks).First;
        var hoveredTitle = await PreviewTitleAsync(session, await hovered.GetAttributeAsync("data-doc"));
        await hovered.HoverAsync();
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.Locator("strong")).ToHaveTextAsync(hoveredTitle);
        await Expect(hovered).ToHaveAttributeAsync("aria-describedby", "doc-preview");

        await page.Keyboard.PressAsync("Escape");
        await Expect(card).ToBeHiddenAsync();

        // Keyboard focus shows it too: a link to a different document than the hovered one.
        var hoveredDoc = await hovered.GetAttributeAsync("data-doc");
        var focused = page.Locator($"{DocLinks}:not([data-doc='{hoveredDoc}'])").First;
        var focusedTitle = await PreviewTitleAsync(session, await focused.GetAttributeAsync("data-doc"));
        await page.Mouse.MoveAsync(0, 0);
        await focused.FocusAsync();
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.Locator("strong")).ToHaveTextAsync(focusedTitle);

        var href = await focused.GetAttributeAsync("href");
        await focused.ClickAsync();
        await page.WaitForURLAsync("**" + href);
        await Expect(page.Locator("h1")).ToContainTextAsync(focusedTitle);

        session.AssertStayedOnSite();
    }

    [Fact]
    public async Task Tabbing_onto_a_doc_link_shows_its_preview()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/chapters/01-origins");

        // Start just before the prose so a reasonable number of Tabs reaches its first link.
        await page.Locator("article.chapter h1").EvaluateAsync("h => { h.tabIndex = -1; h.focus(); }");
        var reached = false;
        for (var i = 0; i < 40 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => !!document.activeElement?.matches('a.doc-link[data-doc]')");
        }

        Assert.True(reached, "40 Tabs from the chapter title never reached a doc-link");
        await Expect(page.Locator("#doc-preview")).ToBeVisibleAsync();
        var described = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-describedby') ?? ''");
        Assert.Equal("doc-preview", described);

        session.AssertStayedOnSite();
    }

    /// <summary>The title the portal gives a document (what the preview and the target page should show).</summary>
    private static async Task<string> PreviewTitleAsync(BrowserSession session, string? id)
    {
        Assert.False(string.IsNullOrEmpty(id), "a doc-link without data-doc");
        var response = await session.Page.APIRequest.GetAsync("/api/preview/" + Uri.EscapeDataString(id!));
        Assert.True(response.Ok, $"/api/preview/{id}: {response.Status}");
        var json = await response.JsonAsync();
        return json?.GetProperty("title").GetString() ?? throw new InvalidOperationException("preview without title");
    }
}
