namespace ReportPortal.Knowledge.Tests.Markdown;

/// <summary>Markdown in, HTML out: the <c>[[wiki link]]</c> extension and the pipeline around it.</summary>
public class WikiLinkSpecs
{
    [Theory]
    [InlineData("见 [[openai]]。", "<p>见 <a href=\"/companies/openai\" class=\"doc-link\" data-doc=\"openai\">OpenAI</a>。</p>")]
    [InlineData("[[openai|这家公司]]", "<p><a href=\"/companies/openai\" class=\"doc-link\" data-doc=\"openai\">这家公司</a></p>")]
    [InlineData("[[01-origins#1-3-3]]", "<p><a href=\"/chapters/01-origins#1-3-3\" class=\"doc-link\" data-doc=\"01-origins\">一、前世今生</a></p>")]
    [InlineData("[[01-origins#1-3-3|运作结构]]", "<p><a href=\"/chapters/01-origins#1-3-3\" class=\"doc-link\" data-doc=\"01-origins\">运作结构</a></p>")]
    [InlineData("是 [[microsoft]] 的", "<p>是<a href=\"/companies/microsoft\" class=\"doc-link\" data-doc=\"microsoft\">微软</a>的</p>")]
    [InlineData("是 [[openai]] 的", "<p>是 <a href=\"/companies/openai\" class=\"doc-link\" data-doc=\"openai\">OpenAI</a> 的</p>")]
    [InlineData("`[[openai]]`", "<p><code>[[openai]]</code></p>")]
    [InlineData("[[ ]] and [[a", "<p>[[ ]] and [[a</p>")]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("[x](javascript:alert(1))", "<p>x</p>")]
    [InlineData("[报告](https://example.org/a)", "<p><a href=\"https://example.org/a\">报告</a></p>")]
    public void Renders(string markdown, string html) => Assert.Equal(html, MarkdownTestKit.Html(markdown));

    [Fact]
    public void An_unknown_id_renders_visibly_broken_and_is_reported_at_its_file_line()
    {
        var (doc, problems) = MarkdownTestKit.Render("第一行\n\n第三行 [[nobody|某人]]", bodyLine: 10);

        Assert.Contains("<span class=\"broken-link\" title=\"\uE000找不到链接目标：\uE001nobody\">某人</span>", doc.Html, StringComparison.Ordinal);
        var problem = Assert.Single(problems);
        Assert.Equal(("term/page.md", 12), (problem.File, problem.Line));
        Assert.Contains("nobody", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_missing_section_goes_to_the_page_and_is_reported()
    {
        var (doc, problems) = MarkdownTestKit.Render("[[01-origins#9-9]]");

        Assert.Contains("href=\"/chapters/01-origins\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("9-9", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_recorded_with_the_section_they_are_in()
    {
        var (doc, _) = MarkdownTestKit.Render("[[openai]]\n\n## 1.2 投资\n\n[[microsoft]] 和 [[nobody]]");

        Assert.Equal(
            [("", "openai", false), ("1-2", "microsoft", false), ("1-2", "nobody", true)],
            doc.Links.Select(l => (l.SectionAnchor, l.TargetId, l.IsBroken)));
    }

    [Fact]
    public void Tables_render_as_tables()
    {
        var html = MarkdownTestKit.Html("| 应用 | 月数 |\n|---|---|\n| ChatGPT | 2 |");
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>ChatGPT</td>", html, StringComparison.Ordinal);
    }
}
