using ReportPortal.Knowledge.Checks;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Tests.Content;

/// <summary>Reliability checklist cases 3–5: a broken or hostile file is reported with its file and line and left
/// out; every other document loads; nothing can make loading or rendering throw or run unbounded.</summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private string FixtureWithHostileFiles()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        foreach (var file in Directory.EnumerateFiles(TestPaths.HostileContent, "*.md", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(f) != "README.md"))
        {
            File.Copy(file, Path.Combine(content, Path.GetRelativePath(TestPaths.HostileContent, file)));
        }

        // Too large to keep in the repository: a 50 MB file.
        using (var huge = File.CreateText(Path.Combine(content, "term", "huge.md")))
        {
            huge.Write("---\ntitle: 巨大\nsummary: 五十兆字节\n---\n");
            var line = new string('很', 1000) + "\n";
            for (var i = 0; i < 17_000; i++)
            {
                huge.Write(line);
            }
        }

        return content;
    }

    [Theory]
    [InlineData("term/unclosed-flow.md", 2, "invalid YAML")]
    [InlineData("term/sequence-key.md", 3, "field name must be a single word")]
    [InlineData("term/deep-brackets.md", 7, "brackets '[' nest more than")]
    [InlineData("term/deep-quotes.md", 7, "nest more than")]
    [InlineData("term/deep-list.md", 7, "nest more than")]
    [InlineData("term/deep-indent.md", 39, "nest more than")]
    [InlineData("term/invalid-utf8.md", 7, "not valid UTF-8")]
    [InlineData("term/alias-bomb.md", 9, "'aliases' must be a single value")]
    [InlineData("term/type-tag.md", 2, "YAML tags")]
    [InlineData("term/not-closed.md", 1, "not closed")]
    [InlineData("term/empty.md", 1, "must start with front matter")]
    [InlineData("term/binary.md", 1, "binary")]
    [InlineData("term/path-id.md", 2, "differs from the file name")]
    [InlineData("term/kaifang.md", 1, "duplicate id 'kaifang': already used by company/kaifang.md")]
    [InlineData("term/huge.md", 1, "a content file may have at most")]
    public void A_broken_file_is_left_out_and_reported_with_its_line(string file, int line, string message)
    {
        var set = ContentLoader.Load(FixtureWithHostileFiles());

        var problem = Assert.Single(set.Problems, p => p.File == file && p.Severity == ProblemSeverity.Error);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(set.Documents, d => d.Path == file);
    }

    [Fact]
    public void Every_valid_document_loads_as_it_would_alone_and_the_intruder_does_not_replace_the_real_page()
    {
        var alone = ContentLoader.Load(TestPaths.FixtureContent);
        var beside = ContentLoader.Load(FixtureWithHostileFiles());

        var attributes = Assert.Single(beside.Documents, d => d.Path == "term/attributes.md");
        Assert.Equal(alone.Documents.Select(d => d.Id).Append(attributes.Id).Order(), beside.Documents.Select(d => d.Id).Order());
        Assert.Equal("company/kaifang.md", beside.ById["kaifang"].Path);
        Assert.Equal((alone.ById["kaifang"].Title, alone.ById["kaifang"].Body), (beside.ById["kaifang"].Title, beside.ById["kaifang"].Body));
    }

    [Fact]
    public void Check_reports_every_hostile_file_and_every_dropped_attribute_without_throwing()
    {
        var problems = ContentCheck.Run(FixtureWithHostileFiles());

        var files = problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.File).ToHashSet();
        Assert.Equal(15, files.Count);
        Assert.Contains(problems, p => p.File == "term/attributes.md" && p.Message.Contains("'onclick'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "term/attributes.md" && p.Message.Contains("'style', 'onmouseover'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "term/attributes.md" && p.Message.Contains("javascript:alert(2)", StringComparison.Ordinal));
    }
}
