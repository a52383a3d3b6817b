namespace ReportPortal.Web.Tests.Portal;

/// <summary>A maintainer edits a Markdown file; after a restart the site shows the change.</summary>
public sealed class ContentEditTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task An_edited_file_shows_up_after_a_rebuild_and_an_unchanged_one_reuses_the_index()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        var indexPath = Path.Combine(_scratch.Path, "shared-index.db");

        await using (var first = new PortalFactory(content, indexPath))
        {
            var (_, dom) = await first.GetPageAsync("/companies/kaifang");
            Assert.Equal("一家研究人工智能的实验室。", dom.QuerySelector(".summary")!.TextContent);
        }

        var file = Path.Combine(content, "company", "kaifang.md");
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace("一家研究人工智能的实验室。", "一家改写过简介的实验室。", StringComparison.Ordinal)
            .Replace("开放实验室是一家人工智能实验室", "开放实验室后来搬到了新址", StringComparison.Ordinal));

        await using var second = new PortalFactory(content, indexPath);
        var (_, after) = await second.GetPageAsync("/companies/kaifang");
        var (_, search) = await second.GetPageAsync("/search?q=" + Uri.EscapeDataString("新址"));

        Assert.Equal("一家改写过简介的实验室。", after.QuerySelector(".summary")!.TextContent);
        Assert.Contains(search.QuerySelectorAll(".result-title"), a => a.GetAttribute("href")!.Split('?')[0] == "/companies/kaifang");
    }
}
