namespace ReportPortal.Web.Tests.Portal;

/// <summary>The portal stays lean: our own JavaScript and our own CSS each stay under 30 KB uncompressed.</summary>
public class StaticAssetsTests
{
    private static long SizeOf(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "src", "ReportPortal.Web", "wwwroot", folder), pattern)
            .Sum(f => new FileInfo(f).Length);

    [Fact]
    public void Our_javascript_and_css_each_stay_under_30_kb()
    {
        var js = SizeOf("js", "*.js");
        var css = SizeOf("css", "*.css");

        Assert.InRange(js, 1, 30 * 1024);
        Assert.InRange(css, 1, 30 * 1024);
    }
}
