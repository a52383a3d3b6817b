using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Tests.Portal;

/// <summary>A new content version is one snapshot swapped in: a request keeps the snapshot it started with to its end,
/// and the next request sees the new one (pages included, although they are cached).</summary>
public sealed class SnapshotSwapTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task A_request_finishes_on_its_snapshot_and_the_next_request_sees_the_new_one()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        await using var portal = new PortalFactory(content);
        var (_, before) = await portal.GetPageAsync("/companies/kaifang"); // also puts the page in the output cache
        Assert.Equal("一家研究人工智能的实验室。", before.QuerySelector(".summary")!.TextContent);

        using var running = portal.Services.CreateScope(); // a request that started before the swap
        var old = running.ServiceProvider.GetRequiredService<KnowledgeSnapshot>();

        var file = Path.Combine(content, "company", "kaifang.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("一家研究人工智能的实验室。", "换了新简介的实验室。", StringComparison.Ordinal));
        var swapped = portal.Services.GetRequiredService<SnapshotLoader>().LoadAndSwap();

        Assert.NotSame(old, swapped);
        Assert.NotEqual(old.Fingerprint, swapped.Fingerprint);
        Assert.Same(old, running.ServiceProvider.GetRequiredService<KnowledgeSnapshot>());
        Assert.Equal("一家研究人工智能的实验室。", running.ServiceProvider.GetRequiredService<DocumentQueries>().Find("kaifang")!.Summary);

        using var next = portal.Services.CreateScope();
        Assert.Same(swapped, next.ServiceProvider.GetRequiredService<KnowledgeSnapshot>());
        var (_, after) = await portal.GetPageAsync("/companies/kaifang");
        Assert.Equal("换了新简介的实验室。", after.QuerySelector(".summary")!.TextContent);
        var (_, search) = await portal.GetPageAsync("/search?q=" + Uri.EscapeDataString("新简介"));
        Assert.Contains(search.QuerySelectorAll(".result-title"), a => a.GetAttribute("href")!.Split('?')[0] == "/companies/kaifang");
    }
}
