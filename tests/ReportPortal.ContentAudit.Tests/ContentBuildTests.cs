using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.ContentAudit.Tests;

/// <summary>The real content builds into an index without a single problem. Needs nothing beside the repository, so it
/// runs everywhere (unlike the audits against the report in <c>../shared</c>).</summary>
public class ContentBuildTests
{
    [Fact]
    public void A_full_build_of_the_content_reports_no_problem_at_all()
    {
        var content = ContentLoader.Load(TestPaths.Content);
        using var scratch = TestPaths.NewScratch();
        var problems = IndexBuilder.Build(content, Path.Combine(scratch.Path, "index.db"), "test");

        Assert.True(content.Documents.Count > 26, $"only {content.Documents.Count} documents loaded");
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(60)));
    }
}
