using ReportPortal.Web.Highlight;

namespace ReportPortal.Web.Tests.Highlight;

/// <summary>Marking search terms in rendered HTML: only in text, never in tags, attributes, SVG or scripts; Chinese
/// as search matches it (the whole word, or its two-character pieces when the word occurs nowhere); English
/// case-insensitively at word starts.</summary>
public sealed class HtmlHighlighterTests
{
    private static string Mark(string html, string query)
    {
        var highlight = PageHighlight.From(query)!;
        highlight.Prepare(html);
        return highlight.Mark(html);
    }

    [Fact]
    public void Chinese_terms_are_marked_in_text_but_not_in_attributes_or_tags()
    {
        const string html = "<p title=\"微软的页面\"><a href=\"/companies/microsoft\" data-doc=\"微软\">微软</a>投资了 OpenAI，微软很大。</p>";

        var marked = Mark(html, "微软");

        Assert.Equal("<p title=\"微软的页面\"><a href=\"/companies/microsoft\" data-doc=\"微软\"><mark class=\"search-hl\">微软</mark></a>投资了 OpenAI，<mark class=\"search-hl\">微软</mark>很大。</p>", marked);
    }

    [Fact]
    public void English_terms_match_case_insensitively_at_word_starts_only()
    {
        var marked = Mark("<p>GPT and gpt-3 but not ChatGPT; 投资了GPT。</p>", "gpt");

        Assert.Equal("<p><mark class=\"search-hl\">GPT</mark> and <mark class=\"search-hl\">gpt</mark>-3 but not ChatGPT; 投资了<mark class=\"search-hl\">GPT</mark>。</p>", marked);
    }

    [Fact]
    public void An_english_prefix_matches_word_beginnings_when_no_whole_word_matches()
    {
        Assert.Equal("<p><mark class=\"search-hl\">Reinf</mark>orcement learning</p>", Mark("<p>Reinforcement learning</p>", "reinf"));
        Assert.Equal("<p><mark class=\"search-hl\">learn</mark> learning</p>", Mark("<p>learn learning</p>", "learn"));
    }

    [Fact]
    public void A_long_chinese_word_that_does_not_occur_is_marked_by_its_bigrams()
    {
        var marked = Mark("<p>微软宣布了一项投资。</p>", "微软投资");

        Assert.Equal("<p><mark class=\"search-hl\">微软</mark>宣布了一项<mark class=\"search-hl\">投资</mark>。</p>", marked);
        Assert.Equal("<p><mark class=\"search-hl\">微软投资</mark>，微软宣布</p>", Mark("<p>微软投资，微软宣布</p>", "微软投资"));
    }

    [Fact]
    public void Svg_scripts_styles_and_comments_are_left_alone()
    {
        const string html = "<figure><svg><text>算力</text><title>算力</title></svg><figcaption>算力</figcaption></figure><script>var x = \"算力\";</script><!-- 算力 --><style>/* 算力 */</style>";

        var marked = Mark(html, "算力");

        Assert.Equal(html.Replace("<figcaption>算力</figcaption>", "<figcaption><mark class=\"search-hl\">算力</mark></figcaption>", StringComparison.Ordinal), marked);
    }

    [Fact]
    public void Entities_stay_encoded_and_markup_in_the_query_is_only_text()
    {
        Assert.Equal("<p>AT&amp;T <mark class=\"search-hl\">Bell</mark> &lt;b&gt;</p>", Mark("<p>AT&amp;T Bell &lt;b&gt;</p>", "bell"));
        Assert.Null(PageHighlight.From("<>\"'"));
        Assert.Null(PageHighlight.From(new string('a', 201)));
        Assert.Equal("<p>a &lt;<mark class=\"search-hl\">b</mark>&gt; <mark class=\"search-hl\">b</mark></p>", Mark("<p>a &lt;b&gt; b</p>", "<b>"));
    }

    [Fact]
    public void Search_links_carry_the_query_before_the_fragment()
    {
        Assert.Equal("/chapters/01-origins?h=%E5%BE%AE%E8%BD%AF#1-3", PageHighlight.LinkTo("/chapters/01-origins#1-3", "微软"));
        Assert.Equal("/companies/openai?h=Open%20AI", PageHighlight.LinkTo("/companies/openai", " Open AI "));
        Assert.Equal("/companies/openai", PageHighlight.LinkTo("/companies/openai", " "));
    }
}
