using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader opens the home page, picks the first chapter, jumps within it and moves on to the next.</summary>
[Collection(RealBrowser.Name)]
public sealed class ReadChaptersJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Home_lists_the_chapters_and_a_chapter_can_be_read_and_left_for_the_next()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(ReportTitle());
        await Expect(page.Locator(".chapter-list > li")).ToHaveCountAsync(26);

        await page.Locator(".chapter-list a[href='/chapters/01-origins']").ClickAsync();
        await page.WaitForURLAsync("**/chapters/01-origins");
        await Expect(page.Locator("article.chapter h1")).ToBeVisibleAsync();

        var heading = page.Locator("[id='1-3-3']");
        await Expect(heading).Not.ToBeInViewportAsync();
        await page.Locator("nav.toc a[href='#1-3-3']").ClickAsync();
        await Expect(heading).ToBeInViewportAsync();
        Assert.EndsWith("#1-3-3", page.Url, StringComparison.Ordinal);

        await page.Locator("a[rel=next]").ClickAsync();
        await page.WaitForURLAsync("**/chapters/02-market-status");
        Assert.Equal("/chapters/02-market-status", session.CurrentPath);
        await Expect(page.Locator("a[rel=prev]")).ToHaveAttributeAsync("href", "/chapters/01-origins");

        session.AssertStayedOnSite();
    }

    /// <summary>The report's title as its content declares it (content/report.yaml).</summary>
    internal static string ReportTitle()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.Content, "report.yaml"));
        var match = Regex.Match(yaml, @"^title:\s*(.+?)\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, "content/report.yaml has no title");
        return match.Groups[1].Value.Trim('"', '\'');
    }
}
