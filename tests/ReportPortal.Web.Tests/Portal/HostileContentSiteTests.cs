using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Portal;

/// <summary>The site with every hostile file beside valid content: it starts, names each broken file in /health,
/// serves every valid page byte for byte as it would without them, and no page carries anything active. (The one
/// hostile file that is kept, with its attributes dropped, adds a term to the lists that count terms.)</summary>
public sealed class HostileContentSiteTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private static readonly string[] s_pages =
        ["/", "/chapters", "/chapters/01-start", "/companies/kaifang", "/companies/weiruan", "/people/zhang-san", "/terms/rlhf-test",
         "/glossary", "/graph", "/timeline", "/map", "/search?q=%E5%BE%AE%E8%BD%AF"];

    [Fact]
    public async Task The_site_starts_reports_each_file_and_serves_valid_pages_unchanged()
    {
        var clean = _scratch.CopyOf(TestPaths.FixtureContent, "clean");
        var hostile = _scratch.CopyOf(TestPaths.FixtureContent, "hostile");
        var hostileFiles = Directory.EnumerateFiles(Path.Combine(TestPaths.HostileContent, "term")).ToList();
        foreach (var file in hostileFiles)
        {
            File.Copy(file, Path.Combine(hostile, "term", Path.GetFileName(file)));
        }

        await using var cleanSite = new PortalFactory(clean);
        await using var hostileSite = new PortalFactory(hostile);
        using var health = JsonDocument.Parse(await hostileSite.CreateClient().GetStringAsync(new Uri("/health", UriKind.Relative)));
        var reported = health.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("file").GetString()).ToHashSet();

        Assert.All(hostileFiles.Select(f => "term/" + Path.GetFileName(f)), f => Assert.Contains(f, reported));
        foreach (var url in s_pages)
        {
            var (expected, _) = await cleanSite.GetPageAsync(url);
            var (actual, dom) = await hostileSite.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
            if (url is not ("/" or "/glossary" or "/graph")) // these list or count every term, the kept one included
            {
                Assert.Equal(WithoutNonce(await expected.Content.ReadAsStringAsync()), WithoutNonce(await actual.Content.ReadAsStringAsync()));
            }

            AssertNothingActive(dom, url);
        }

        var (page, attributes) = await hostileSite.GetPageAsync("/terms/attributes");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertNothingActive(attributes, "/terms/attributes");
        Assert.Contains("javascript:alert(2)", attributes.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>No element from content with an event handler or style attribute, and no script: or data: URL.</summary>
    private static void AssertNothingActive(IDocument dom, string url)
    {
        foreach (var element in dom.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{url}: {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src")
                {
                    var value = attribute.Value.Trim().ToLowerInvariant();
                    Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal)
                        || value.StartsWith("vbscript:", StringComparison.Ordinal), $"{url}: {attribute.Name}={attribute.Value}");
                }
            }
        }

        Assert.Empty(dom.QuerySelectorAll(".prose [style], .prose script, .prose iframe, .prose object"));
    }

    /// <summary>A page without its per-request CSP nonce, the one part that differs between two answers.</summary>
    private static string WithoutNonce(string html) => System.Text.RegularExpressions.Regex.Replace(html, "nonce=\"[^\"]*\"", "nonce=\"\"");
}
