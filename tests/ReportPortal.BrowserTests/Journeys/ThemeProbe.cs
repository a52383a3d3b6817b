using Microsoft.Playwright;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>What a reader sees of the colour theme: the theme attribute and how dark the page background is.</summary>
internal static class ThemeProbe
{
    /// <summary>Relative luminance (0 black … 1 white) of the first non-transparent background from body up.</summary>
    private const string BackgroundLuminance = """
        () => {
            for (const el of [document.body, document.documentElement]) {
                const m = getComputedStyle(el).backgroundColor.match(/[\d.]+/g);
                if (!m || (m.length > 3 && Number(m[3]) === 0)) continue;
                const [r, g, b] = m.slice(0, 3).map(v => {
                    const c = Number(v) / 255;
                    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            }
            return 1;
        }
        """;

    public static Task<string> ThemeAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.documentElement.dataset.theme ?? ''");

    public static Task<double> BackgroundLuminanceAsync(IPage page) => page.EvaluateAsync<double>(BackgroundLuminance);

    public static async Task AssertDarkAsync(IPage page, string when)
    {
        var luminance = await BackgroundLuminanceAsync(page);
        Assert.True(luminance < 0.2, $"{when}: the page background is not dark (relative luminance {luminance:0.00})");
    }
}
