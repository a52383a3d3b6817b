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
    public async Task A_missing_content_folder_stops_the_app_with_one_line_and_exit_code_2()
    {
        var missing = Path.Combine(_scratch.Path, "no-content-here");

        var (exit, _, error) = await AppProcess.RunAsync(AppProcess.BuiltDll, _scratch.Path,
            new Dictionary<string, string>(s_production) { ["Portal__ContentPath"] = missing }, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exit);
        Assert.StartsWith($"content folder not found: {missing}", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(/css/site[^\"]+)\"")]
    private static partial Regex Stylesheet();

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
