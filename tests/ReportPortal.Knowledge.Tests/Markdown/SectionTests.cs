using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Tests.Markdown;

public class SectionTests
{
    [Theory]
    [InlineData("1.3 OpenAI公司深度分析", "1-3")]
    [InlineData("1.3.4.1 核心产品——DALL E 2", "1-3-4-1")]
    [InlineData("2 、ChatGPT", "2")]
    [InlineData("报告中的要点", "报告中的要点")]
    [InlineData("What's new?", "what-s-new")]
    [InlineData("——", "section")]
    public void Anchors_come_from_the_report_numbering_or_the_text(string heading, string anchor) =>
        Assert.Equal(anchor, HeadingAnchors.FromText(heading));

    [Fact]
    public void Repeated_numbers_get_suffixes_and_explicit_anchors_win()
    {
        var (doc, _) = MarkdownTestKit.Render("## 1.3.4 商业模式\n\n甲\n\n## 1.3.4 产品矩阵\n\n乙\n\n## 团队 {#team}\n\n丙");

        Assert.Equal(["", "1-3-4", "1-3-4-2", "team"], doc.Sections.Select(s => s.Anchor));
        Assert.Contains("<h2 id=\"1-3-4-2\">1.3.4 产品矩阵</h2>", doc.Html, StringComparison.Ordinal);
        Assert.Equal("乙", doc.Sections[2].Text);
    }

    [Fact]
    public void An_all_digit_explicit_anchor_is_taken_out_of_the_heading_text()
    {
        var (doc, _) = MarkdownTestKit.Render("## 5、国内企业投资机会---算力 {#5}\n\n正文");

        Assert.Equal(("5", "5、国内企业投资机会---算力"), (doc.Sections[1].Anchor, doc.Sections[1].Title));
        Assert.DoesNotContain("{#", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_text_is_plain_text_with_link_titles()
    {
        var (doc, _) = MarkdownTestKit.Render("介绍 **加粗** 与 [[microsoft]]。\n\n## 1.1 概念\n\n| a | b |\n|---|---|\n| 算力 | 10 |");

        Assert.Equal("介绍 加粗 与微软。", doc.Sections[0].Text);
        Assert.Contains("算力", doc.Sections[1].Text, StringComparison.Ordinal);
    }
}
