using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ReportPortal.BrowserTests.Accessibility;
using Xunit.Abstractions;

namespace ReportPortal.BrowserTests.Validity;

/// <summary>The W3C Nu HTML checker (vnu.jar from npm's vnu-jar, run by Debian's default-jre-headless) finds no error
/// on any kind of page, in the Chinese and the English interface. scripts/test.sh installs both.</summary>
[Collection(RealBrowser.Name)]
public sealed class HtmlCheckerTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Every kind of page, beyond those axe checks: kind lists, every profile kind, an empty search.</summary>
    private static readonly string[] s_morePages =
    [
        "/companies", "/technologies", "/places/colorado", "/works/paper-gpt3", "/events/alexnet-2012", "/maintainers",
        "/search?q=zzzqqq", "/graph?focus=openai", "/chapters/01-origins?h=OpenAI", "/timeline?entity=openai",
    ];

    public static string JarPath =>
        Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } jar ? jar
            : Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportPortal.BrowserTests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_kind_of_page_in_both_languages_has_no_html_errors()
    {
        Assert.True(File.Exists(JarPath), $"vnu.jar not found at {JarPath}: run `npm ci --prefix tests/ReportPortal.BrowserTests` (scripts/test.sh does)");
        using var scratch = TestPaths.NewScratch();
        var pages = PortalPages.All.Select(row => (string)row[1]).Concat(s_morePages).ToList();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in new[] { "zh-CN", "en" })
        {
            using var client = Client(language);
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(scratch.Path, $"{language}-{i:00}.html");
                using var response = await client.GetAsync(new Uri(pages[i], UriKind.Relative));
                await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
                files[file] = $"{language} {pages[i]}";
            }
        }

        var errors = await CheckAsync(files.Keys);

        var report = string.Join("\n", errors.Select(e => $"{files.GetValueOrDefault(e.File, e.File)}:{e.Line}: {e.Message}"));
        output.WriteLine($"{files.Count} pages checked, {errors.Count} errors\n{report}");
        Assert.True(errors.Count == 0, report);
    }

    private HttpClient Client(string language)
    {
        var cookies = new CookieContainer();
        cookies.Add(browser.BaseAddress, new Cookie(".AspNetCore.Culture", Uri.EscapeDataString($"c={language}|uic={language}")));
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = browser.BaseAddress };
    }

    private static async Task<List<(string File, int Line, string Message)>> CheckAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", JarPath, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("java not found: install it with `sudo apt-get install -y default-jre-headless`", e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = await stderr; // vnu writes its JSON report to standard error
            using var doc = JsonDocument.Parse(json);
            return [.. doc.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => (
                    new Uri(m.TryGetProperty("url", out var u) ? u.GetString()! : "file:///unknown").LocalPath,
                    m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0,
                    m.GetProperty("message").GetString()!))];
        }
    }
}
