using System.Net.Http.Json;
using System.Text.Json;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Tests.Portal;

/// <summary><c>index --out FILE [--content DIR]</c> builds an index ahead of time that a portal then serves without
/// building; problems are reported as <c>check</c> reports them, errors make the exit code 1.</summary>
public sealed class IndexCommandTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private static (int Exit, string Log) Index(params string[] args)
    {
        using var log = new StringWriter();
        var exit = IndexCommand.Run(["index", .. args], "/no/default/content", log);
        return (exit, log.ToString());
    }

    [Fact]
    public async Task A_prebuilt_index_is_served_as_it_is_without_a_rebuild()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        var indexPath = Path.Combine(_scratch.Path, "artifacts", "index.db");

        var (exit, log) = Index("--out", indexPath, "--content", content);

        Assert.Equal(0, exit);
        Assert.Contains("loaded 12 documents", log, StringComparison.Ordinal);
        Assert.Contains("rendered 12 documents", log, StringComparison.Ordinal);
        Assert.Contains("0 errors", log, StringComparison.Ordinal);
        Assert.Equal(["index.db"], Directory.GetFiles(Path.GetDirectoryName(indexPath)!).Select(Path.GetFileName)); // no partial file left
        await using var portal = new PortalFactory(content, indexPath);
        var health = await portal.CreateClient().GetFromJsonAsync<JsonElement>("/health");
        Assert.False(health.GetProperty("indexRebuilt").GetBoolean());
        Assert.Equal(12, health.GetProperty("documents").GetInt32());
        var (page, dom) = await portal.GetPageAsync("/companies/kaifang");
        page.EnsureSuccessStatusCode();
        Assert.Equal("一家研究人工智能的实验室。", dom.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void Content_errors_are_listed_as_check_lists_them_and_exit_1()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(content, "company", "untitled.md"), "---\nsummary: 没有标题\n---\n");
        File.AppendAllText(Path.Combine(content, "person", "zhang-san.md"), "\n他也认识 [[ghost-person]]。\n");
        var indexPath = Path.Combine(_scratch.Path, "index.db");

        var (exit, log) = Index("--out", indexPath, "--content", content);

        Assert.Equal(1, exit);
        Assert.Contains("company/untitled.md:2: error: missing required field 'title'", log, StringComparison.Ordinal);
        Assert.Contains("person/zhang-san.md:12: warning: broken link", log, StringComparison.Ordinal);
        Assert.Contains("1 errors, 1 warnings", log, StringComparison.Ordinal);
        Assert.True(File.Exists(indexPath)); // what the portal would serve: the rest of the content
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_build()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        File.AppendAllText(Path.Combine(content, "person", "zhang-san.md"), "\n他也认识 [[ghost-person]]。\n");

        var (exit, _) = Index("--out", Path.Combine(_scratch.Path, "index.db"), "--content", content);

        Assert.Equal(0, exit);
    }

    [Fact]
    public void A_missing_content_folder_is_one_line_and_exit_code_2()
    {
        var (exit, log) = Index("--out", Path.Combine(_scratch.Path, "index.db"), "--content", Path.Combine(_scratch.Path, "nothing"));

        Assert.Equal(2, exit);
        Assert.Equal($"content folder not found: {Path.Combine(_scratch.Path, "nothing")}", log.Trim());
        Assert.False(File.Exists(Path.Combine(_scratch.Path, "index.db")));
    }

    [Theory]
    [InlineData]
    [InlineData("--out")]
    [InlineData("--content", "x")]
    [InlineData("--out", "x.db", "--verbose")]
    public void Bad_arguments_print_the_usage_and_exit_code_2(params string[] args)
    {
        var (exit, log) = Index(args);

        Assert.Equal(2, exit);
        Assert.Equal(IndexCommand.Usage, log.Trim());
    }
}
