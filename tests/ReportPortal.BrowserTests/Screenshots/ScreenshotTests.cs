using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ReportPortal.BrowserTests.Screenshots;

/// <summary>PNGs of the main pages at desktop and phone size, light and dark, for people to look at: the top of each
/// page, up to three screens tall. They are written to <c>TestResults/screenshots</c> under the test project's output
/// folder.</summary>
[Collection(RealBrowser.Name)]
public sealed class ScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const int ScreensTall = 3;

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static TheoryData<string, string> MainPages { get; } = new()
    {
        { "home", "/" },
        { "chapter", "/chapters/01-origins" },
        { "company", "/companies/openai" },
        { "search", "/search?q=算力" },
        { "glossary", "/glossary" },
    };

    [Theory]
    [MemberData(nameof(MainPages))]
    public async Task Screenshots_are_saved_at_desktop_and_phone_size_in_both_themes(string name, string path)
    {
        Directory.CreateDirectory(Folder);
        output.WriteLine($"Screenshots folder: {Folder}");
        var sizes = new (string Device, int Width, int Height, bool Mobile)[] { ("desktop", 1280, 900, false), ("phone", 360, 740, true) };
        foreach (var (device, width, height, mobile) in sizes)
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = height },
                    IsMobile = mobile,
                    HasTouch = mobile,
                    ColorScheme = scheme,
                });
                await session.GotoAsync(path);
                await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var file = Path.Combine(Folder, $"{name}-{device}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png");
                File.Delete(file);
                var pageHeight = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
                await session.Page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = file,
                    FullPage = true,
                    Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(pageHeight, height * ScreensTall) },
                });

                var info = new FileInfo(file);
                Assert.True(info.Exists, $"{file} was not written");
                Assert.True(info.Length > 0, $"{file} is empty");
                output.WriteLine($"{file} ({info.Length / 1024} KiB)");
                session.AssertStayedOnSite();
            }
        }
    }
}
