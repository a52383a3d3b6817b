using AngleSharp;
using AngleSharp.Dom;
using CsCheck;
using Ganss.Xss;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;
using ReportPortal.Knowledge.Tests.Markdown;

namespace ReportPortal.Knowledge.Tests.Security;

/// <summary>Reliability checklist cases 1 and 2: nothing written in content can run in a reader's browser. Each payload
/// of a corpus of classic attacks goes through the real Markdown pipeline; the output may hold no script, no event
/// handler, no style attribute, and no URL outside http(s), mailto, site paths and fragments. A property test renders
/// random Markdown built from the same fragments and asserts that HtmlSanitizer would remove nothing.</summary>
public sealed class XssCorpusTests
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg onload=alert(1)>",
        "<iframe src=javascript:alert(1)></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<body onload=alert(1)>",
        "<style>body{display:none}</style>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](  javascript:alert(1)  )",
        "[x](<javascript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](file:///etc/passwd)",
        "[x](//evil.example)",
        "[x](/\\evil.example)",
        "![x](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)",
        "![x](javascript:alert(1))",
        "![x](x \"onerror=alert(1)\")",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,alert(1)>",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[x][ref]\n\n[ref]: data:text/html,alert(1) \"t\"",
        "# 标题 {onclick=alert(1)}",
        "# 标题 {#id onmouseover=alert(1)}",
        "段落 {style=\"position:fixed\" onmouseover=alert(5)}",
        "- 项目 {onfocus=alert(1) tabindex=1}",
        "> 引用 {onclick=alert(1)}",
        "| a | b |\n|---|---|\n| c | d |\n{onclick=alert(1)}",
        "```{onclick=alert(1)}\ncode\n```",
        "[链接](https://example.com){onclick=alert(1)}",
        "*强调*{onmouseover=alert(1)}",
        "# 标题 {.ok .\"bad onclick=alert(1)}",
        "# 标题 {#\"onclick=alert(1)}",
        "[[openai|\"><script>alert(1)</script>]]",
        "[[openai|<img src=x onerror=alert(1)>]]",
        "[[openai\" onclick=\"alert(1)]]",
        "[[no-such-id\" onmouseover=\"alert(1)|标签]]",
        "[[microsoft#\"><svg onload=alert(1)>]]",
        "<!-- <script>alert(1)</script> -->",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "www.example.com/\"onclick=alert(1)",
        "http://example.com/<script>",
        "<https://example.com/\" onclick=\"alert(1)>",
        "<mailto:a@b.c?subject=<script>>",
    ];

    public static TheoryData<string> Corpus() => [.. Payloads];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_payload_renders_inert(string payload)
    {
        var html = MarkdownTestKit.Html(payload);

        AssertInert(html);
        Assert.Empty(Removals(html));
    }

    [Fact]
    public void The_corpus_has_the_classic_cases()
    {
        Assert.True(Payloads.Length >= 40, $"{Payloads.Length} payloads");
        Assert.Contains(Payloads, p => p.Contains("onbegin", StringComparison.Ordinal));
        Assert.Contains(Payloads, p => p.Contains("&#106;", StringComparison.Ordinal));
        Assert.Contains(Payloads, p => p.Contains("vbscript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void What_content_wrote_and_was_dropped_is_reported_with_its_line()
    {
        var (_, problems) = MarkdownTestKit.Render("段落\n\n# 标题 {onclick=alert(1)}\n\n[x](javascript:alert(1))", bodyLine: 7);

        Assert.Contains(problems, p => p.Line == 9 && p.Message.Contains("'onclick'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 11 && p.Message.Contains("javascript:", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
    }

    [Fact]
    public void Random_markdown_from_the_fragments_leaves_the_sanitizer_nothing_to_remove()
    {
        var fragments = Payloads.Concat(["普通文字", "**粗体**", "[[openai]]", "[好链接](https://example.com)", "[站内](/terms/x)",
            "`code`", "- 列表", "1. 序号", "> 引用", "| a |\n|---|\n| b |", "\n", "\n\n", " ", "{", "}", "[", "]", "(", ")", "<", ">", "\""]).ToArray();
        Gen.Int[0, fragments.Length - 1].Array[1, 12].Select(ix => string.Concat(ix.Select(i => fragments[i])))
            .Sample(markdown =>
            {
                var html = MarkdownTestKit.Html(markdown);
                AssertInert(html);
                var removed = Removals(html);
                Assert.True(removed.Count == 0, $"the sanitizer would remove {string.Join("; ", removed)} from: {html}");
            }, iter: 1500);
    }

    private static void AssertInert(string html)
    {
        var dom = BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html)).GetAwaiter().GetResult();
        var elements = dom.Body!.Descendants<IElement>().ToList();
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "object" or "embed" or "style" or "img" && e.GetAttribute("src") is { } src && !SafeUrl.IsAllowed(src));
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "object" or "embed" or "style" or "form" or "base");
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} on <{element.LocalName}> in {html}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "xlink:href" or "action" or "formaction")
                {
                    Assert.True(SafeUrl.IsAllowed(attribute.Value), $"{attribute.Name}=\"{attribute.Value}\" in {html}");
                }
            }
        }
    }

    /// <summary>What HtmlSanitizer, set up for the markup our renderer writes, would remove from <paramref name="html"/>.</summary>
    private static List<string> Removals(string html)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("data-doc");
        var removed = new List<string>();
        sanitizer.RemovingTag += (_, e) => removed.Add("tag " + e.Tag.LocalName);
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"attribute {e.Attribute.Name}={e.Attribute.Value}");
        sanitizer.RemovingStyle += (_, e) => removed.Add("style " + e.Style.Name);
        sanitizer.RemovingAtRule += (_, e) => removed.Add("at-rule");
        sanitizer.RemovingComment += (_, e) => removed.Add("comment");
        sanitizer.RemovingCssClass += (_, e) => removed.Add("class " + e.CssClass);
        sanitizer.Sanitize(html);
        return removed;
    }
}
