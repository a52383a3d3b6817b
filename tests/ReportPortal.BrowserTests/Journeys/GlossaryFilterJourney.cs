using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader narrows the glossary down by typing an abbreviation.</summary>
[Collection(RealBrowser.Name)]
public sealed class GlossaryFilterJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Typing_RLHF_leaves_only_matching_entries_visible()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/glossary");

        var visible = page.Locator(".glossary-entry:visible");
        var before = await visible.CountAsync();
        Assert.True(before > 20, $"only {before} glossary entries before filtering");

        await page.Locator("#glossary-q").PressSequentiallyAsync("RLHF", new() { Delay = 50 });
        var rlhf = page.Locator(".glossary-entry:has(a[href$='/rlhf'])");
        await Expect(rlhf).ToBeVisibleAsync();
        await Expect(page.Locator(".glossary-entry:visible")).Not.ToHaveCountAsync(before);
        var after = await visible.CountAsync();
        Assert.InRange(after, 1, 9);
        var texts = await visible.AllInnerTextsAsync();
        Assert.All(texts, t => Assert.True(
            t.Contains("RLHF", StringComparison.OrdinalIgnoreCase) || t.Contains("人类反馈", StringComparison.Ordinal),
            $"entry shown for RLHF does not mention it: {t}"));

        await page.Locator("#glossary-q").FillAsync("");
        await Expect(page.Locator(".glossary-entry:visible")).ToHaveCountAsync(before);

        session.AssertStayedOnSite();
    }
}
