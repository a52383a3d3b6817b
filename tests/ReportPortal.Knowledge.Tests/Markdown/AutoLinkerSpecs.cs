using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Tests.Markdown;

/// <summary>Markdown in, HTML out: automatic links to documents mentioned by title or alias.</summary>
public class AutoLinkerSpecs
{
    private static ContentDocument Doc(string id, DocumentKind kind, string title, string? en, string[] aliases, string[]? noAutolink = null) => new()
    {
        Id = id, Kind = kind, Title = title, TitleEn = en, Aliases = aliases, NoAutolink = noAutolink ?? [],
        Summary = "", Body = "", Path = $"x/{id}.md", BodyLine = 1,
    };

    private static readonly ContentDocument[] s_docs =
    [
        Doc("openai", DocumentKind.Company, "OpenAI", "OpenAI", ["OpenAl"]),
        Doc("openai-lp", DocumentKind.Company, "OpenAI LP", "OpenAI LP", []),
        Doc("ai", DocumentKind.Term, "人工智能", "Artificial intelligence", ["AI"]),
        Doc("gpt-3", DocumentKind.Product, "GPT-3", "GPT-3", []),
        Doc("gpt-3-5", DocumentKind.Product, "GPT-3.5", "GPT-3.5", []),
        Doc("microsoft", DocumentKind.Company, "微软", "Microsoft", ["微软公司"]),
        Doc("intel", DocumentKind.Company, "英特尔", "Intel", []),
        Doc("baidu", DocumentKind.Company, "百度", "Baidu", ["度"], noAutolink: ["度"]),
        Doc("01-origins", DocumentKind.Chapter, "前世今生", null, []),
    ];

    private static readonly AutoLinker s_linker = new(s_docs);

    private static string Html(string body, string self = "page")
    {
        var renderer = new DocumentRenderer();
        var parsed = renderer.Parse(Doc(self, DocumentKind.Term, "本页", null, []) with { Body = body });
        s_linker.Apply(parsed);
        var targets = s_docs.ToDictionary(d => d.Id, d => new LinkTarget(d.Id, d.Kind, d.Title, new HashSet<string>()));
        new LinkResolver(targets).Resolve(parsed, []);
        return renderer.Render(parsed).Html.Trim();
    }

    private static string A(string url, string id, string text) => $"<a href=\"{url}\" class=\"doc-link auto-link\" data-doc=\"{id}\">{text}</a>";

    [Fact]
    public void Links_chinese_names_inside_running_text() =>
        Assert.Equal($"<p>{A("/companies/microsoft", "microsoft", "微软")}投资了{A("/companies/openai", "openai", "OpenAI")}。</p>", Html("微软投资了OpenAI。"));

    [Fact]
    public void The_longest_name_wins() =>
        Assert.Equal($"<p>{A("/companies/openai-lp", "openai-lp", "OpenAI LP")} 与 {A("/products/gpt-3-5", "gpt-3-5", "GPT-3.5")}、{A("/products/gpt-3", "gpt-3", "GPT-3")}</p>",
            Html("OpenAI LP 与 GPT-3.5、GPT-3"));

    [Fact]
    public void Latin_names_need_word_boundaries_and_abbreviations_their_case()
    {
        Assert.Equal($"<p>{A("/companies/openai", "openai", "OpenAI")} 的 {A("/terms/ai", "ai", "AI")} 与 Intelligence、ai</p>", Html("OpenAI 的 AI 与 Intelligence、ai"));
    }

    [Fact]
    public void Only_the_first_mention_in_each_section_is_linked()
    {
        var html = Html("微软和微软公司。\n\n## 下一节\n\n微软。");

        Assert.Equal(2, html.Split("data-doc=\"microsoft\"").Length - 1);
        Assert.Contains($"<p>{A("/companies/microsoft", "microsoft", "微软")}和微软公司。</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void No_links_in_headings_code_existing_links_or_to_the_page_itself()
    {
        Assert.Equal("<h2 id=\"微软\">微软</h2>", Html("## 微软"));
        Assert.Equal("<p><code>微软</code></p>", Html("`微软`"));
        Assert.Equal("<p><a href=\"https://example.org\">微软</a></p>", Html("[微软](https://example.org)"));
        Assert.Equal("<p><a href=\"/companies/microsoft\" class=\"doc-link\" data-doc=\"microsoft\">微软</a>：微软</p>", Html("[[microsoft]]：微软"));
        Assert.Equal("<p>微软</p>", Html("微软", self: "microsoft"));
    }

    [Fact]
    public void A_shorter_name_inside_an_already_linked_longer_one_is_not_linked() =>
        Assert.Equal($"<p>{A("/companies/openai-lp", "openai-lp", "OpenAI LP")} 和 OpenAI LP</p>", Html("OpenAI LP 和 OpenAI LP"));

    [Fact]
    public void Names_marked_no_autolink_and_chapter_titles_are_not_used() =>
        Assert.Equal("<p>温度与前世今生</p>", Html("温度与前世今生"));

    [Fact]
    public void Misspelled_aliases_link_to_their_document() =>
        Assert.Equal($"<p>{A("/companies/openai", "openai", "OpenAl")}</p>", Html("OpenAl"));
}
