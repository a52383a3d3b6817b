using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace ReportPortal.Web.Tests.LiveContent;

/// <summary>For authors in Development: an open page reloads itself when its document changes. Other environments
/// send no such script and have no such endpoint.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private sealed class DevelopmentPortal(string content) : PortalFactory(content, watch: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }

    [Fact]
    public async Task In_development_an_open_page_is_told_to_reload_when_its_document_changes()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        await using var portal = new DevelopmentPortal(content);
        var (_, page) = await portal.GetPageAsync("/companies/kaifang");
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("live-reload", StringComparison.Ordinal) && s.GetAttribute("data-doc") == "kaifang");

        using var client = portal.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        using var stream = await client.GetStreamAsync(new Uri("/_live/kaifang", UriKind.Relative));
        using var reader = new StreamReader(stream);
        Assert.Equal(": watching", await reader.ReadLineAsync());

        var file = Path.Combine(content, "company", "kaifang.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("一家研究人工智能的实验室。", "一家刚改过的实验室。", StringComparison.Ordinal));
        var next = reader.ReadLineAsync();
        while (await next.WaitAsync(TimeSpan.FromSeconds(15)) is { } line && line.Length == 0)
        {
            next = reader.ReadLineAsync();
        }

        Assert.Equal("event: reload", await next);
    }

    [Fact]
    public async Task Outside_development_there_is_no_live_reload_script_or_endpoint()
    {
        await using var portal = new PortalFactory(TestPaths.FixtureContent);
        var (_, page) = await portal.GetPageAsync("/companies/kaifang");

        Assert.DoesNotContain(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("live-reload", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync(new Uri("/_live/kaifang", UriKind.Relative))).StatusCode);
    }
}
