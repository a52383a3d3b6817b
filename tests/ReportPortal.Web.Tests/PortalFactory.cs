using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace ReportPortal.Web.Tests;

/// <summary>The real app over real HTTP, on a content folder of the test's choice, with its index in a scratch folder
/// (or at <paramref name="indexPath"/>, so that two starts can share one index).</summary>
public class PortalFactory(string contentPath, string? indexPath = null, bool watch = false, bool waitForSnapshot = true) : WebApplicationFactory<Program>
{
    static PortalFactory()
    {
        // Dozens of hosts run in one test process: each appsettings.json watcher would take one of the system's
        // 128 inotify instances. Tests never edit appsettings.json.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public string IndexPath => indexPath ?? Path.Combine(_scratch.Path, "index.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Portal:ContentPath", contentPath);
        builder.UseSetting("Portal:IndexPath", IndexPath);
        // These tests send thousands of requests from one client; rate limits have their own (Security/RateLimitTests).
        builder.UseSetting("Portal:RateLimit:RequestsPerMinute", "0");
        builder.UseSetting("Portal:Watch", watch ? "true" : "false");
    }

    /// <summary>The host, once its first content snapshot is served (the portal listens before it has one).</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (waitForSnapshot)
        {
            PortalReadiness.WaitForSnapshot(host.Services);
        }

        return host;
    }

    /// <summary>GETs a page and parses it into a DOM.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Dom)> GetPageAsync(string url)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var dom = await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html));
        return (response, dom);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _scratch.Dispose();
        }
    }
}

/// <summary>The portal on the repository's real content, built once for all tests that read it. Only a few smoke tests
/// and the relevance measure use it: what they pin may change when an editor changes a page.</summary>
public sealed class RealContentFactory() : PortalFactory(TestPaths.Content);

[CollectionDefinition(Name)]
public sealed class RealContent : ICollectionFixture<RealContentFactory>
{
    public const string Name = "real content";
}

/// <summary>The portal on the small fixture content (tests/fixtures/content, see its README), which only tests change:
/// the behaviour tests assert on it.</summary>
public sealed class FixtureContentFactory() : PortalFactory(TestPaths.FixtureContent);

[CollectionDefinition(Name)]
public sealed class FixtureContent : ICollectionFixture<FixtureContentFactory>
{
    public const string Name = "fixture content";
}
