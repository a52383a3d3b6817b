using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ReportPortal.Web.Tests.Portal;

/// <summary>Deployment as an operator does it: publish, copy the folder anywhere, build an index ahead of time, run
/// the app from another working folder in Production. Real processes, real ports on loopback.</summary>
public sealed partial class PublishedAppTests : IDisposable
{
    private static readonly Dictionary<string, string> s_production = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private async Task<string> PublishAsync()
    {
        var app = Path.Combine(_scratch.Path, "published");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine(TestPaths.RepositoryRoot, "src", "ReportPortal.Web", "ReportPortal.Web.csproj"),
                "-c", AppProcess.Configuration, "--no-build", "-o", app, "-v", "q" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var publish = Process.Start(info)!;
        var output = await publish.StandardOutput.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, output);
        return app;
    }

    [Fact]
    public async Task A_published_copy_runs_from_any_folder_with_its_content_styles_and_a_prebuilt_index()
    {
        var app = await PublishAsync();
        var elsewhere = Directory.CreateDirectory(Path.Combine(_scratch.Path, "elsewhere")).FullName;
        var index = Path.Combine(_scratch.Path, "shared", "index.db");
        var dll = Path.Combine(app, "ReportPortal.Web.dll");
        Assert.True(File.Exists(Path.Combine(app, "content", "report.yaml")), "content/ is published");

        var (exit, _, log) = await AppProcess.RunAsync(dll, elsewhere, s_production, "index", "--out", index);
        Assert.True(exit == 0, log);

        await using var portal = AppProcess.Start(dll, elsewhere,
            new Dictionary<string, string>(s_production) { ["Portal__IndexPath"] = index }, "--urls", "http://127.0.0.1:0");
        var address = await portal.ListeningAsync();
        using var client = new HttpClient { BaseAddress = address };
        var home = await ServedAsync(client, "/");
        var stylesheet = Stylesheet().Match(home).Groups[1].Value;
        using var css = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));

        Assert.Contains("Index reused", portal.Output, StringComparison.Ordinal);
        Assert.Contains("<h1", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".site-header", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_its_content_folder_the_app_starts_answers_503_says_why_and_serves_once_the_folder_appears()
    {
        var missing = Path.Combine(_scratch.Path, "no-content-yet");
        await using var portal = AppProcess.Start(AppProcess.BuiltDll, _scratch.Path,
            new Dictionary<string, string>(s_production) { ["Portal__ContentPath"] = missing }, "--urls", "http://127.0.0.1:0");
        using var client = new HttpClient { BaseAddress = await portal.ListeningAsync() };
        await WhenAsync(() => portal.Output.Contains("Content folder not found", StringComparison.Ordinal)); // the first build ran

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/documents", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var pageText = await page.Content.ReadAsStringAsync();
        var healthText = await health.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Contains("内容暂不可用", pageText, StringComparison.Ordinal);
        Assert.Contains("content folder not found", pageText, StringComparison.Ordinal);
        Assert.DoesNotContain(missing, pageText, StringComparison.Ordinal); // the server's paths go to the log, not to readers
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("Unhealthy", healthText, StringComparison.Ordinal);
        Assert.Contains("content folder not found", healthText, StringComparison.Ordinal);
        Assert.Contains($"Content folder not found: {missing}", portal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", portal.Output, StringComparison.Ordinal);

        _scratch.CopyOf(TestPaths.FixtureContent, "no-content-yet"); // the volume is mounted late, or the path fixed
        var home = await ServedAsync(client, "/");
        await WhenAsync(() => portal.Output.Contains("now that it exists", StringComparison.Ordinal));
        var file = Path.Combine(missing, "company", "kaifang.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("一家研究人工智能的实验室。", "一家后来才有内容的实验室。", StringComparison.Ordinal));
        await WhenAsync(async () => (await client.GetStringAsync(new Uri("/companies/kaifang", UriKind.Relative))).Contains("后来才有内容", StringComparison.Ordinal));

        Assert.Contains("<h1", home, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(portal.Output, "Content folder not found")); // logged once, not at every check
        Assert.Contains($"Watching {missing} now that it exists", portal.Output, StringComparison.Ordinal);
        Assert.Contains("后来才有内容", await client.GetStringAsync(new Uri("/companies/kaifang", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replica_with_watch_off_serves_its_prebuilt_index_without_a_content_folder()
    {
        var index = Path.Combine(_scratch.Path, "artifact", "index.db");
        var (exit, _, log) = await AppProcess.RunAsync(AppProcess.BuiltDll, _scratch.Path, s_production,
            "index", "--out", index, "--content", TestPaths.FixtureContent);
        Assert.True(exit == 0, log);
        var before = File.GetLastWriteTimeUtc(index);

        await using var portal = AppProcess.Start(AppProcess.BuiltDll, _scratch.Path, new Dictionary<string, string>(s_production)
        {
            ["Portal__ContentPath"] = Path.Combine(_scratch.Path, "no-content"),
            ["Portal__IndexPath"] = index,
            ["Portal__Watch"] = "false",
        }, "--urls", "http://127.0.0.1:0");
        using var client = new HttpClient { BaseAddress = await portal.ListeningAsync() };
        var home = await ServedAsync(client, "/");
        using var health = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Contains("<h1", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("the prebuilt index as it is", portal.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(index));
        Assert.Equal(["index.db"], Directory.GetFiles(Path.GetDirectoryName(index)!).Select(Path.GetFileName)); // nothing written beside it
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(/css/site[^\"]+)\"")]
    private static partial Regex Stylesheet();

    private static Task WhenAsync(Func<bool> condition) => WhenAsync(() => Task.FromResult(condition()));

    /// <summary>Waits until <paramref name="condition"/> holds, 60 s at most (the assertions that follow say what failed).</summary>
    private static async Task WhenAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; !await condition() && attempt < 600; attempt++)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>The page once the portal serves it (it listens before its snapshot is open, and answers 503 until then).</summary>
    private static async Task<string> ServedAsync(HttpClient client, string url)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 600)
            {
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync();
            }

            await Task.Delay(100);
        }
    }
}
