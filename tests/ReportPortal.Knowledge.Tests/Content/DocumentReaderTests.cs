using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Tests.Content;

public class DocumentReaderTests
{
    private static readonly KindSpec s_company = DocumentSchema.Of(DocumentKind.Company);

    private static ContentDocument Read(string text, List<ContentProblem>? warnings = null, string path = "company/acme.md") =>
        DocumentReader.Read(path, s_company, text, warnings ?? []);

    [Fact]
    public void Reads_common_and_kind_fields_and_relations()
    {
        var doc = Read("""
            ---
            title: 微软
            title_en: Microsoft
            aliases: [微软公司, MSFT]
            summary: 一句话。
            country: 美国
            sources: ["01-origins#1-3-3"]
            relations:
              - { type: invested-in, target: openai, date: 2019-07-22, amount: 10 亿美元, note: 说明 }
            ---
            正文第一行。
            """);

        Assert.Equal("acme", doc.Id);
        Assert.Equal(DocumentKind.Company, doc.Kind);
        Assert.Equal("微软", doc.Title);
        Assert.Equal(["微软公司", "MSFT"], doc.Aliases);
        Assert.Equal("美国", Assert.Single(doc.Fields).Values[0]);
        var relation = Assert.Single(doc.Relations);
        Assert.Equal(("invested-in", "openai", "2019-07-22", "10 亿美元"), (relation.Type, relation.Target, relation.Date, relation.Amount));
        Assert.Equal(9, relation.Line);
        Assert.Equal(11, doc.BodyLine);
        Assert.StartsWith("正文第一行", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_file_line()
    {
        var ex = Assert.Throws<ContentException>(() => Read("---\ntitle: 好\nsummary: [unclosed\n---\nbody\n"));
        Assert.InRange(ex.Line, 3, 4);
        Assert.Contains("invalid YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error_on_line_1()
    {
        var ex = Assert.Throws<ContentException>(() => Read("# Just markdown\n"));
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void A_missing_title_is_an_error()
    {
        var ex = Assert.Throws<ContentException>(() => Read("---\nsummary: 无标题\n---\n"));
        Assert.Contains("title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_differs_from_the_file_name_is_an_error()
    {
        var ex = Assert.Throws<ContentException>(() => Read("---\nid: other\ntitle: 好\nsummary: 一句\n---\n"));
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void A_field_of_another_kind_is_a_warning_with_its_line_and_is_ignored()
    {
        var warnings = new List<ContentProblem>();
        var doc = Read("---\ntitle: 好\nsummary: 一句\nroles: [CEO]\n---\n", warnings);

        var warning = Assert.Single(warnings);
        Assert.Equal((4, ProblemSeverity.Warning), (warning.Line, warning.Severity));
        Assert.Contains("roles", warning.Message, StringComparison.Ordinal);
        Assert.Empty(doc.Fields);
    }

    [Fact]
    public void A_relation_without_target_is_an_error()
    {
        var ex = Assert.Throws<ContentException>(() => Read("---\ntitle: 好\nsummary: 一句\nrelations:\n  - { type: invested-in }\n---\n"));
        Assert.Equal(5, ex.Line);
    }

    [Fact]
    public void A_chapter_needs_its_order()
    {
        var chapter = DocumentSchema.Of(DocumentKind.Chapter);
        Assert.Throws<ContentException>(() => DocumentReader.Read("chapter/x.md", chapter, "---\ntitle: 一、章\nsummary: 一句\n---\n", []));
        var doc = DocumentReader.Read("chapter/x.md", chapter, "---\ntitle: 一、章\nsummary: 一句\norder: 3\nnumber: 一\n---\n", []);
        Assert.Equal((3, "一"), (doc.Order, doc.Number));
    }
}
