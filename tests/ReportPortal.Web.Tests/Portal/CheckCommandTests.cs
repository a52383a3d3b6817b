using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Tests.Portal;

/// <summary>The content check command reports every known problem of a broken content folder with file and line.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private static (int Exit, string Output) Check(string content)
    {
        using var output = new StringWriter();
        var exit = CheckCommand.Run(["check", content], "", output);
        return (exit, output.ToString());
    }

    [Fact]
    public void Clean_content_passes()
    {
        var (exit, output) = Check(TestPaths.FixtureContent);

        Assert.Equal(0, exit);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_of_problem_is_reported_with_file_and_line()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        void Write(string path, string text) => File.WriteAllText(Path.Combine(content, path), text);
        void Replace(string path, string from, string to) =>
            Write(path, File.ReadAllText(Path.Combine(content, path)).Replace(from, to, StringComparison.Ordinal));

        Replace("person/zhang-san.md", "张三创立了", "张三认识 [[ghost]]，创立了");
        Replace("person/zhang-san.md", "title_en: Zhang San", "title_en: Zhang San\naliases: [微软]");
        Replace("company/kaifang.md", "{ type: developed, target: rlhf-test }", "{ type: befriended, target: nobody }");
        Directory.CreateDirectory(Path.Combine(content, "product"));
        Write("product/weiruan.md", "---\ntitle: 重复\nsummary: 一句\n---\n");
        Write("company/untitled.md", "---\nsummary: 没有标题\n---\n");
        Write("company/bad-yaml.md", "---\ntitle: 坏\nsummary: [没有闭合\n---\n");

        var (exit, output) = Check(content);

        Assert.Equal(1, exit);
        Assert.Contains("person/zhang-san.md:11: warning: broken link: no document with id 'ghost'", output, StringComparison.Ordinal);
        Assert.Contains("person/zhang-san.md:1: warning: alias '微软' already names 'weiruan'", output, StringComparison.Ordinal);
        Assert.Contains("company/kaifang.md:10: warning: unknown relation type 'befriended'", output, StringComparison.Ordinal);
        Assert.Contains("company/kaifang.md:10: warning: relation target 'nobody' does not exist", output, StringComparison.Ordinal);
        Assert.Contains("product/weiruan.md:1: error: duplicate id 'weiruan'", output, StringComparison.Ordinal);
        Assert.Contains("company/untitled.md:2: error: missing required field 'title'", output, StringComparison.Ordinal);
        Assert.Matches(@"company/bad-yaml\.md:[34]: error: invalid YAML", output);
    }

    [Fact]
    public void A_missing_content_folder_is_exit_code_2()
    {
        var (exit, output) = Check(Path.Combine(_scratch.Path, "nothing-here"));

        Assert.Equal(2, exit);
        Assert.Contains("not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_files_are_reported_and_the_check_exits_1_instead_of_crashing()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.HostileContent, "term")))
        {
            File.Copy(file, Path.Combine(content, "term", Path.GetFileName(file)));
        }

        var (exit, output) = Check(content);

        Assert.Equal(1, exit);
        foreach (var name in new[] { "unclosed-flow", "sequence-key", "deep-brackets", "deep-quotes", "deep-list", "invalid-utf8", "type-tag", "binary", "empty", "not-closed" })
        {
            Assert.Matches($@"term/{name}\.md:\d+: error: ", output);
        }

        Assert.Contains("term/attributes.md:7: warning: attribute 'onclick'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_argument_the_check_reads_Portal_ContentPath()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(content, "company", "bad.md"), "---\nsummary: 没有标题\n---\n");
        using var output = new StringWriter();

        var exit = CheckCommand.Run(["check", $"--Portal:ContentPath={content}"], "", output);

        Assert.Equal(1, exit);
        Assert.Contains("company/bad.md:2: error: missing required field 'title'", output.ToString(), StringComparison.Ordinal);
    }
}
