using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Knowledge.Tests;

/// <summary>An index built from tests/fixtures/content in a scratch folder, with its search catalog; shared by the
/// tests of one class through <see cref="IClassFixture{TFixture}"/>.</summary>
public sealed class FixtureIndex : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public FixtureIndex()
    {
        ConnectionString = IndexFile.Ensure(TestPaths.FixtureContent, Path.Combine(_scratch.Path, "index.db")).ConnectionString;
        using var db = Open();
        Catalog = DocumentCatalog.Load(db);
    }

    public string ConnectionString { get; }

    public DocumentCatalog Catalog { get; }

    public PortalDb Open() => new(PortalDb.OptionsFor(ConnectionString));

    public void Dispose() => _scratch.Dispose();
}
