namespace ReportPortal.Web.Tests.Pages.Maintainers;

public sealed class MaintainersPageTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Lists_problems_with_file_and_line_and_pages_nothing_links_to()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(content, "person", "li-si.md"), "---\ntitle: 李四\ntitle_en: Li Si\nsummary: 没人提到他。\nsources: [01-start]\n---\n李四认识 [[ghost]]。\n");
        using var portal = new PortalFactory(content);

        var (response, dom) = await portal.GetPageAsync("/maintainers");

        response.EnsureSuccessStatusCode();
        var problems = dom.QuerySelectorAll(".problems tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(problems, p => p.Contains("person/li-si.md:7", StringComparison.Ordinal) && p.Contains("ghost", StringComparison.Ordinal));
        var orphans = dom.QuerySelectorAll("#orphans-title + ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/people/li-si"], orphans);
    }
}
