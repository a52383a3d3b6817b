using ReportPortal.Knowledge.Content;

namespace ReportPortal.ContentAudit.Tests;

/// <summary>The real content covers every chapter of the report, in the report's order.</summary>
public class ChapterInventoryTests
{
    private static readonly ContentSet s_content = ContentLoader.Load(TestPaths.Content);

    [SharedFact]
    public void Every_chapter_of_the_inventory_exists_in_order_with_a_title_and_a_summary()
    {
        var expected = Inventory.Items(Inventory.Load("chapters.yaml"), "chapters")
            .Select(c => (Slug: Inventory.Get(c, "slug")!, Order: int.Parse(Inventory.Get(c, "order")!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var chapters = s_content.Documents.Where(d => d.Kind == DocumentKind.Chapter).OrderBy(d => d.Order).ToList();

        Assert.Equal(26, expected.Count);
        Assert.Equal(expected.Select(e => e.Slug), chapters.Select(c => c.Id));
        Assert.Equal(expected.Select(e => e.Order), chapters.Select(c => c.Order!.Value));
        Assert.All(chapters, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title), c.Id + " has a title");
            Assert.False(string.IsNullOrWhiteSpace(c.Summary), c.Id + " has a summary");
        });
    }

    [SharedFact]
    public void Every_chapter_has_a_body_with_the_report_sections_of_full_chapters()
    {
        var chapters = s_content.Documents.Where(d => d.Kind == DocumentKind.Chapter).ToDictionary(d => d.Id);
        foreach (var chapter in Inventory.Items(Inventory.Load("chapters.yaml"), "chapters"))
        {
            var doc = chapters[Inventory.Get(chapter, "slug")!];
            var chars = doc.Body.Count(c => !char.IsWhiteSpace(c));
            var sourceChars = int.Parse(Inventory.Get(chapter, "body_chars") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            // Own words may condense a little, but a full chapter must not shrink to a summary.
            Assert.True(chars >= sourceChars * 0.7, $"{doc.Id}: {chars} characters for {sourceChars} in the report");
        }
    }
}
