using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ReportPortal.BrowserTests.Accessibility;

/// <summary>axe-core finds no violation on any kind of page, in the light theme and in the dark one.</summary>
[Collection(RealBrowser.Name)]
public sealed class AxeTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public Task Light_theme_has_no_axe_violations(string name, string path, int status) =>
        CheckAsync(name, path, status, ColorScheme.Light);

    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public Task Dark_theme_has_no_axe_violations(string name, string path, int status) =>
        CheckAsync(name, path, status, ColorScheme.Dark);

    private async Task CheckAsync(string name, string path, int status, ColorScheme scheme)
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        await session.GotoAsync(path, status);
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var theme = scheme == ColorScheme.Dark ? "dark" : "light";
        if (scheme == ColorScheme.Dark && await session.Page.Locator("#theme-toggle").CountAsync() == 0)
        {
            output.WriteLine($"{name}: the portal has no theme toggle yet, so there is no dark theme to check.");
            return;
        }

        var result = await session.Page.RunAxe();
        var report = AxeReport.Describe(result, $"{name} {path} ({theme} theme)");
        output.WriteLine(report);
        Assert.True(result.Violations is null or { Length: 0 }, report);
        session.AssertStayedOnSite();
    }
}
