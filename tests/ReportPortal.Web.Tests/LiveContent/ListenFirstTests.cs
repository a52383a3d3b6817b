using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Knowledge.Snapshots;
using Xunit.Abstractions;

namespace ReportPortal.Web.Tests.LiveContent;

/// <summary>Kestrel listens at once: while the first index of a large content folder is built, pages and the API
/// answer 503 with Retry-After, live health answers 200 and ready health 503; then the site serves.</summary>
public sealed class ListenFirstTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task A_large_content_folder_answers_503_with_retry_after_while_building_then_serves()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        for (var i = 0; i < 6000; i++)
        {
            File.WriteAllText(Path.Combine(content, "term", $"gen-{i:D5}.md"),
                $"---\ntitle: 生成条目{i}\ntitle_en: Generated {i}\nsummary: 第 {i} 个生成的条目。\nsources: [01-start]\n---\n\n## 一\n\n生成条目{i}讲的是算力与模型，提到 [[kaifang]] 和 gen-{(i + 1) % 6000:D5}。\n");
        }

        var clock = Stopwatch.StartNew();
        await using var portal = new PortalFactory(content, watch: false, waitForSnapshot: false);
        portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        portal.StartServer();
        var address = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        var firstAnswer = clock.Elapsed;
        var api = await client.GetAsync(new Uri("/api/search?q=x", UriKind.Relative));
        output.WriteLine($"first answer after {firstAnswer.TotalSeconds:0.00} s: {(int)first.StatusCode}");

        Assert.Null(portal.Services.GetRequiredService<SnapshotHolder>().Current);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.NotNull(first.Headers.RetryAfter);
        Assert.Contains("正在建立索引", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);

        HttpResponseMessage page;
        do
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "the site never served");
            await Task.Delay(250);
            page = await client.GetAsync(new Uri("/terms/gen-00042", UriKind.Relative));
        }
        while (page.StatusCode == HttpStatusCode.ServiceUnavailable);

        output.WriteLine($"serving after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("生成条目42", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
