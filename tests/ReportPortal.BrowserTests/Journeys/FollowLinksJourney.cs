using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader follows relations from company to company through a technology.</summary>
[Collection(RealBrowser.Name)]
public sealed class FollowLinksJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Relations_lead_from_Microsoft_to_OpenAI_to_GPT3_to_another_company()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/companies/microsoft");
        await Expect(page.Locator("h1")).ToContainTextAsync("微软");

        await page.Locator("section.relations a[href='/companies/openai']").First.ClickAsync();
        await page.WaitForURLAsync("**/companies/openai");
        await Expect(page.Locator("h1")).ToContainTextAsync("OpenAI");

        await page.Locator("section.relations a[href='/technologies/gpt-3']").First.ClickAsync();
        await page.WaitForURLAsync("**/technologies/gpt-3");
        await Expect(page.Locator("h1")).ToContainTextAsync("GPT-3");

        var other = page.Locator(
            "section.relations a[href^='/companies/']:not([href='/companies/openai']):not([href='/companies/microsoft'])").First;
        var name = (await other.InnerTextAsync()).Trim();
        var href = await other.GetAttributeAsync("href");
        await other.ClickAsync();
        await page.WaitForURLAsync("**" + href);
        await Expect(page.Locator("h1")).ToContainTextAsync(name);

        session.AssertStayedOnSite();
    }
}
