using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReportPortal.BrowserTests.Journeys;

/// <summary>A reader zooms and pans the relation graph: with the wheel and by dragging, with the keyboard (+, −, arrows,
/// 0) and with the buttons; a drag that ends on a node does not open it, a click does.</summary>
[Collection(RealBrowser.Name)]
public sealed class GraphZoomJourney(BrowserFixture browser)
{
    private static async Task<double[]> ViewBoxAsync(IPage page) =>
        [.. (await page.Locator(".graph-viewport svg").GetAttributeAsync("viewBox"))!.Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture))];

    [Fact]
    public async Task The_wheel_zooms_at_the_pointer_and_dragging_pans()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/graph");
        var full = await ViewBoxAsync(page);
        await page.Locator(".graph-controls").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => document.querySelector('.graph-controls').scrollIntoView({ block: 'start' })");
        var box = (await page.Locator(".graph-viewport").BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + Math.Min(box.Height / 2, 300));
        await page.Mouse.WheelAsync(0, -300);
        await Expect(page.Locator(".graph-controls output")).Not.ToHaveTextAsync("100%");
        var zoomed = await ViewBoxAsync(page);
        Assert.True(zoomed[2] < full[2], $"the wheel did not zoom in: {string.Join(' ', zoomed)}");

        await page.Mouse.MoveAsync(box.X + 20, box.Y + 20);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 120, box.Y + 80, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        var panned = await ViewBoxAsync(page);
        Assert.True(panned[0] < zoomed[0] && panned[1] < zoomed[1], $"dragging right and down did not move the view: {string.Join(' ', panned)}");
        Assert.Equal(zoomed[2], panned[2], 1);
        Assert.EndsWith("/graph", page.Url, StringComparison.Ordinal); // the drag opened nothing
        session.AssertStayedOnSite();
    }

    [Fact]
    public async Task The_keyboard_and_buttons_zoom_pan_and_reset()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/companies/openai");
        var viewport = page.Locator(".graph-viewport");
        var full = await ViewBoxAsync(page);

        await viewport.FocusAsync();
        await page.Keyboard.PressAsync("+");
        await page.Keyboard.PressAsync("+");
        var zoomed = await ViewBoxAsync(page);
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowDown");
        var moved = await ViewBoxAsync(page);
        await page.Keyboard.PressAsync("-");
        var out1 = await ViewBoxAsync(page);
        await page.Keyboard.PressAsync("0");
        var reset = await ViewBoxAsync(page);

        Assert.True(zoomed[2] < full[2] * 0.7, "+ did not zoom in");
        Assert.True(moved[0] > zoomed[0] && moved[1] > zoomed[1], "the arrow keys did not pan");
        Assert.True(out1[2] > zoomed[2], "- did not zoom out");
        Assert.Equal(full, reset);

        await page.GetByRole(AriaRole.Button, new() { Name = "放大" }).ClickAsync();
        Assert.True((await ViewBoxAsync(page))[2] < full[2]);
        await Expect(page.Locator(".graph-controls output")).ToHaveTextAsync("125%");
        await page.GetByRole(AriaRole.Button, new() { Name = "复位：显示整张图" }).ClickAsync();
        Assert.Equal(full, await ViewBoxAsync(page));

        await page.Locator(".graph-viewport svg a[data-id='microsoft']").ClickAsync();
        await page.WaitForURLAsync("**/companies/microsoft");
        session.AssertStayedOnSite();
    }
}
