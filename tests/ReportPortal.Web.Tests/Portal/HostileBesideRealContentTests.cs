using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Knowledge.Snapshots;
using Xunit.Abstractions;

namespace ReportPortal.Web.Tests.Portal;

/// <summary>Issue #11's acceptance case: every hostile file beside the real content. The site starts, and every real
/// document page answers 200 with the same bytes as without the hostile files.</summary>
public sealed class HostileBesideRealContentTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Every_real_page_is_served_unchanged_beside_the_hostile_files()
    {
        var hostile = _scratch.CopyOf(TestPaths.Content, "hostile");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.HostileContent, "term")).Where(f => !f.EndsWith("kaifang.md", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(hostile, "term", "zz-hostile-" + Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(TestPaths.HostileContent, "term", "kaifang.md"), Path.Combine(hostile, "term", "openai.md")); // an intruder on a real id

        await using var clean = new PortalFactory(TestPaths.Content);
        var clock = Stopwatch.StartNew();
        await using var site = new PortalFactory(hostile);
        var snapshot = site.Services.GetRequiredService<SnapshotHolder>().Current!;
        output.WriteLine($"started beside the hostile files in {clock.Elapsed.TotalSeconds:0.0} s; {snapshot.Problems.Count} problems");

        var client = site.CreateClient();
        var cleanClient = clean.CreateClient();
        var urls = clean.Services.GetRequiredService<SnapshotHolder>().Current!.Documents.Ordered.Select(d => d.Url).Prepend("/").ToList();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (url != "/")
            {
                Assert.Equal(WithoutNonce(await cleanClient.GetStringAsync(new Uri(url, UriKind.Relative))), WithoutNonce(await response.Content.ReadAsStringAsync()));
            }
        }

        Assert.Contains(snapshot.Problems, p => p.File == "term/openai.md" && p.Message.Contains("duplicate id 'openai'", StringComparison.Ordinal));
        Assert.True(urls.Count > 600, $"{urls.Count} pages");
    }

    /// <summary>A page without its per-request CSP nonce, the one part that differs between two answers.</summary>
    private static string WithoutNonce(string html) => System.Text.RegularExpressions.Regex.Replace(html, "nonce=\"[^\"]*\"", "nonce=\"\"");
}
