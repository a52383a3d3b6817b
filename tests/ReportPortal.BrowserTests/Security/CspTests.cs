using Microsoft.Playwright;
using ReportPortal.BrowserTests.Accessibility;
using Xunit.Abstractions;

namespace ReportPortal.BrowserTests.Security;

/// <summary>Issue #13 item 1 in Chromium: the Content-Security-Policy blocks nothing of ours. On every kind of page,
/// in both themes and both interface languages, with the JavaScript features used (suggestions, previews, the table
/// of contents, the theme toggle, the glossary filter), no <c>securitypolicyviolation</c> event fires and the console
/// shows no error. The inline theme script must run under the CSP: a dark theme chosen on one page is applied on the
/// next before the first paint, also when that page comes from the output cache (with an older nonce in it).</summary>
[Collection(RealBrowser.Name)]
public sealed class CspTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Records every CSP violation of every document the page opens, before any of its scripts runs.</summary>
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) => {
            window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
        }, true);
        """;

    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task No_csp_violation_nor_console_error_in_either_theme_or_language(string name, string path, int status)
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var violations = new List<string>();
        var consoleErrors = new List<string>();
        await page.AddInitScriptAsync(ViolationRecorder);
        page.Console += (_, message) =>
        {
            // Chromium reports the page's own 404 status as a console error; that is the page working as intended.
            // The site has no favicon yet (the layout links none), so Chromium's own request for one may fail.
            var failedLoad = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal);
            var ownStatus = failedLoad && status != 200 && message.Location.StartsWith(page.Url, StringComparison.Ordinal);
            var favicon = failedLoad && message.Location.Contains("/favicon.ico", StringComparison.Ordinal);
            if (message.Type == "error" && !ownStatus && !favicon)
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };

        // Chinese, light; then dark (chosen with the toggle, applied by the inline script on the next load).
        await session.GotoAsync(path, status);
        await UseFeaturesAsync(page, violations, "zh light");
        await ChooseThemeAsync(page, "dark");
        await session.GotoAsync(path, status); // the second load of this address comes from the output cache
        await AssertThemeAppliedAsync(page, "dark");
        await UseFeaturesAsync(page, violations, "zh dark");

        // English, dark; then light again.
        await session.GotoAsync("/language?lang=en&returnUrl=" + Uri.EscapeDataString(path), status);
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await AssertThemeAppliedAsync(page, "dark");
        await UseFeaturesAsync(page, violations, "en dark");
        await ChooseThemeAsync(page, "light");
        await session.GotoAsync(path, status);
        await AssertThemeAppliedAsync(page, "light");
        await UseFeaturesAsync(page, violations, "en light");

        output.WriteLine($"{name} {path}: {violations.Count} CSP violations, {consoleErrors.Count} console errors");
        Assert.True(violations.Count == 0, $"{name}: CSP violations:\n" + string.Join("\n", violations));
        Assert.True(consoleErrors.Count == 0, $"{name}: console errors:\n" + string.Join("\n", consoleErrors));
        session.AssertStayedOnSite();
    }

    /// <summary>Uses what the page offers, then collects the violations its document recorded.</summary>
    private static async Task UseFeaturesAsync(IPage page, List<string> violations, string when)
    {
        var search = page.Locator("#site-search");
        await search.FillAsync("");
        await search.PressSequentiallyAsync("人工", new() { Delay = 120 });
        await page.WaitForFunctionAsync("() => !document.getElementById('site-suggest').hasAttribute('aria-busy')");
        await page.Keyboard.PressAsync("Escape");

        var filter = page.Locator("[data-filter-target]");
        if (await filter.CountAsync() > 0)
        {
            await filter.First.FillAsync("模型");
        }

        var link = page.Locator("a.doc-link[data-doc]:visible");
        if (await link.CountAsync() > 0)
        {
            await link.First.HoverAsync();
            await page.Locator("#doc-preview").WaitForAsync(new() { State = WaitForSelectorState.Visible });
            await page.Mouse.MoveAsync(0, 0);
        }

        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)"); // the TOC follows the headings
        await page.WaitForTimeoutAsync(100);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var recorded = await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? ['the recorder did not run']");
        violations.AddRange(recorded.Select(v => $"{when} {page.Url}: {v}"));
    }

    private static async Task ChooseThemeAsync(IPage page, string theme)
    {
        var toggle = page.Locator("#theme-toggle");
        for (var i = 0; i < 3 && await CurrentThemeAsync(page) != theme; i++)
        {
            await toggle.ClickAsync();
        }

        Assert.Equal(theme, await CurrentThemeAsync(page));
    }

    private static Task<string> CurrentThemeAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.documentElement.dataset.theme ?? ''");

    /// <summary>The inline script ran: it marked the page as having JavaScript and applied the stored theme.</summary>
    private static async Task AssertThemeAppliedAsync(IPage page, string theme)
    {
        Assert.Equal(theme, await CurrentThemeAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('js')"), "the inline script did not run");
    }
}
