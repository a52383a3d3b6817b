using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Tests.Portal;

/// <summary>Issue #16: <c>check</c> reports a claim whose cited place does not support it, with file and line.</summary>
public sealed class CitationCheckTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private static (int Exit, string Output) Check(string content)
    {
        using var output = new StringWriter();
        var exit = CheckCommand.Run(["check", content], "", output);
        return (exit, output.ToString());
    }

    private string Fixture(Func<string, string> editWeiruan)
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        var file = Path.Combine(content, "company", "weiruan.md");
        File.WriteAllText(file, editWeiruan(File.ReadAllText(file)));
        return content;
    }

    [Fact]
    public void The_fixture_cites_only_places_that_support_it() => Assert.Equal(0, Check(TestPaths.FixtureContent).Exit);

    [Fact]
    public void A_relation_whose_cited_section_never_names_its_target_is_reported_at_its_line()
    {
        var content = Fixture(text => text.Replace("note: 共同开发云平台 }", "note: 共同开发云平台, source: \"02-outlook#2-2\" }", StringComparison.Ordinal));

        var (exit, output) = Check(content);

        Assert.Equal(1, exit);
        Assert.Contains("company/weiruan.md:9: warning: invested-in kaifang is not mentioned in 02-outlook#2-2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_relation_citing_the_section_that_names_its_target_passes()
    {
        var content = Fixture(text => text.Replace("note: 共同开发云平台 }", "note: 共同开发云平台, source: \"01-start#1-2\" }", StringComparison.Ordinal));

        Assert.Equal(0, Check(content).Exit);
    }

    [Fact]
    public void A_source_that_never_names_the_page_and_a_cited_section_that_does_not_exist_are_reported()
    {
        var content = Fixture(text => text
            .Replace("sources: [\"01-start#1-2\"]", "sources: [\"01-start#1-2\", \"01-start#1-1\"]", StringComparison.Ordinal)
            .Replace("（一、起源 1.2）", "（一、起源 1.2、1.9）", StringComparison.Ordinal));

        var (exit, output) = Check(content);

        Assert.Equal(1, exit);
        Assert.Contains("company/weiruan.md:7: warning: source 01-start#1-1 does not mention weiruan", output, StringComparison.Ordinal);
        Assert.Contains("company/weiruan.md:16: warning: cited section 1.9 does not exist in 01-start", output, StringComparison.Ordinal);
        Assert.DoesNotContain("cited section 1.2 ", output, StringComparison.Ordinal);
    }
}
