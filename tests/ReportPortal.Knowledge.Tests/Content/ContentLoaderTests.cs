using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Tests.Content;

public class ContentLoaderTests
{
    [Fact]
    public void The_fixture_loads_without_problems()
    {
        var set = ContentLoader.Load(TestPaths.FixtureContent);

        Assert.Empty(set.Problems);
        Assert.Equal(12, set.Documents.Count);
        Assert.Equal("测试报告", set.Report.Title);
        Assert.Equal("获投资", set.RelationTypes["invested-in"].Inverse);
        Assert.Equal(["1940", "2019-07-22", "2020", "2022-11", "2023", "2023-01", "2030"], set.Timeline.Select(e => e.Sort)); // ordered by sort, not as written
        Assert.Equal(["2023", "2030"], set.Timeline.Where(e => e.Forecast).Select(e => e.Sort));
        Assert.Equal(["聊天机器人", "2"], Assert.Single(set.Figures).Rows[0]);
    }

    [Fact]
    public void Broken_files_are_left_out_and_reported_while_the_rest_loads()
    {
        using var scratch = TestPaths.NewScratch();
        var content = scratch.CopyOf(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(content, "company", "bad-yaml.md"), "---\ntitle: 坏\nsummary: [oops\n---\n正文\n");
        Directory.CreateDirectory(Path.Combine(content, "spaceship"));
        File.WriteAllText(Path.Combine(content, "spaceship", "x.md"), "---\ntitle: 未知\nsummary: 一句\n---\n");
        Directory.CreateDirectory(Path.Combine(content, "product"));
        File.WriteAllText(Path.Combine(content, "product", "weiruan.md"), "---\ntitle: 重复\nsummary: 一句\n---\n");

        var set = ContentLoader.Load(content);

        Assert.Equal(12, set.Documents.Count);
        Assert.Contains(set.Problems, p => p is { File: "company/bad-yaml.md", Severity: ProblemSeverity.Error } && p.Line >= 3);
        Assert.Contains(set.Problems, p => p.File == "spaceship/x.md" && p.Message.Contains("unknown kind", StringComparison.Ordinal));
        Assert.Contains(set.Problems, p => p.File == "product/weiruan.md" && p.Message.Contains("duplicate id", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_that_names_another_document_is_dropped_and_reported()
    {
        using var scratch = TestPaths.NewScratch();
        var content = scratch.CopyOf(TestPaths.FixtureContent);
        var person = Path.Combine(content, "person", "zhang-san.md");
        File.WriteAllText(person, File.ReadAllText(person).Replace("title_en: Zhang San", "title_en: Zhang San\naliases: [微软, 小张]", StringComparison.Ordinal));

        var set = ContentLoader.Load(content);

        Assert.Equal(["小张"], set.ById["zhang-san"].Aliases);
        Assert.Contains(set.Problems, p => p.File == "person/zhang-san.md" && p.Message.Contains("'微软' already names 'weiruan'", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_documents_with_the_same_title_are_reported()
    {
        using var scratch = TestPaths.NewScratch();
        var content = scratch.CopyOf(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(content, "person", "li-si.md"), "---\ntitle: 微软\ntitle_en: Li Si\nsummary: 一句\nsources: [01-start]\n---\n");

        var set = ContentLoader.Load(content);

        Assert.Contains(set.Problems, p => p.File == "person/li-si.md" && p.Message.Contains("also the title of 'weiruan'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_relation_types_and_targets_are_reported_with_their_line()
    {
        using var scratch = TestPaths.NewScratch();
        var content = scratch.CopyOf(TestPaths.FixtureContent);
        var file = Path.Combine(content, "company", "kaifang.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("{ type: developed, target: rlhf-test }", "{ type: befriended, target: nobody }", StringComparison.Ordinal));

        var set = ContentLoader.Load(content);

        Assert.Contains(set.Problems, p => p is { File: "company/kaifang.md", Line: 10 } && p.Message.Contains("unknown relation type 'befriended'", StringComparison.Ordinal));
        Assert.Contains(set.Problems, p => p is { File: "company/kaifang.md", Line: 10 } && p.Message.Contains("'nobody' does not exist", StringComparison.Ordinal));
    }
}
