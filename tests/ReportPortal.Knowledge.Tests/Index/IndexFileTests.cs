using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Tests.Index;

public sealed class IndexFileTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private string IndexPath => Path.Combine(_scratch.Path, "data", "index.db");

    private static PortalDb Open(IndexStatus status) => new(PortalDb.OptionsFor(status.ConnectionString));

    [Fact]
    public void Builds_every_table_from_the_content()
    {
        var status = IndexFile.Ensure(TestPaths.FixtureContent, IndexPath);

        Assert.True(status.Rebuilt);
        Assert.Empty(status.Problems);
        using var db = Open(status);
        Assert.Equal(12, db.Documents.Count());
        Assert.Contains(db.Names, n => n.DocumentId == "weiruan" && n.Name == "MSFT" && n.Key == "msft");
        Assert.Equal(["", "1-1", "1-2", "details"], db.Sections.Where(s => s.DocumentId == "01-start").OrderBy(s => s.Ordinal).Select(s => s.Anchor));
        Assert.Contains(db.Links, l => l.FromId == "01-start" && l.FromAnchor == "1-2" && l.ToId == "weiruan");
        var relation = db.Relations.Single(r => r.SubjectId == "weiruan");
        Assert.Equal(("invested-in", "kaifang", "2019-07-22", "10 亿美元"), (relation.Type, relation.ObjectId, relation.Date, relation.Amount));
        Assert.Equal(7, db.Events.Count());
        Assert.Contains("<h2 id=\"1-1\">", db.Documents.Single(d => d.Id == "01-start").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alternate_id_leads_links_and_addresses_to_its_document()
    {
        var status = IndexFile.Ensure(TestPaths.FixtureContent, IndexPath);

        using var db = Open(status);
        Assert.Equal("kaifang", db.Redirects.Single(r => r.FromId == "openlab-old").ToId);
        Assert.Equal(2, db.Links.Count(l => l.FromId == "zhang-san" && l.ToId == "kaifang"));
        Assert.Contains("href=\"/companies/kaifang\" class=\"doc-link\" data-doc=\"kaifang\">旧名</a>", db.Documents.Single(d => d.Id == "zhang-san").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reuses_the_index_while_the_content_is_unchanged()
    {
        var first = IndexFile.Ensure(TestPaths.FixtureContent, IndexPath);
        var written = File.GetLastWriteTimeUtc(IndexPath);

        var second = IndexFile.Ensure(TestPaths.FixtureContent, IndexPath);

        Assert.False(second.Rebuilt);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal(12, second.DocumentCount);
        Assert.Equal(written, File.GetLastWriteTimeUtc(IndexPath));
    }

    [Fact]
    public void Rebuilds_when_a_file_changes_and_keeps_problems_across_reuse()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        IndexFile.Ensure(content, IndexPath);
        var file = Path.Combine(content, "company", "kaifang.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("一家研究人工智能的实验室。", "一家改过名的实验室，见 [[ghost]]。", StringComparison.Ordinal));

        var rebuilt = IndexFile.Ensure(content, IndexPath);
        var reused = IndexFile.Ensure(content, IndexPath);

        Assert.True(rebuilt.Rebuilt);
        using (var db = Open(rebuilt))
        {
            Assert.Equal("一家改过名的实验室，见 [[ghost]]。", db.Documents.Single(d => d.Id == "kaifang").Summary);
        }

        Assert.False(reused.Rebuilt);
        Assert.Equal(rebuilt.Problems, reused.Problems);
    }

    [Fact]
    public void A_build_that_fails_halfway_leaves_the_served_index_untouched_and_no_partial_file()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        IndexFile.Ensure(content, IndexPath);
        var before = File.ReadAllBytes(IndexPath);
        File.AppendAllText(Path.Combine(content, "company", "kaifang.md"), "\n新的一段。\n");

        Assert.Throws<InvalidOperationException>(() => IndexFile.Ensure(content, IndexPath, (set, path, fingerprint) =>
        {
            IndexBuilder.Build(set, path, fingerprint);
            throw new InvalidOperationException("the machine stopped halfway");
        }));

        Assert.Equal(before, File.ReadAllBytes(IndexPath));
        Assert.Equal(["index.db"], Directory.GetFiles(Path.GetDirectoryName(IndexPath)!).Select(Path.GetFileName));
    }
}
