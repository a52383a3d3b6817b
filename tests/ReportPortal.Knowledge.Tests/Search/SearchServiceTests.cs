using ReportPortal.Knowledge.Text;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Knowledge.Tests.Search;

/// <summary>Search over an index built from the fixture content, through real SQLite and FTS5.</summary>
public sealed class SearchServiceTests(FixtureIndex index) : IClassFixture<FixtureIndex>, IDisposable
{
    private readonly PortalDb _db = index.Open();

    public void Dispose() => _db.Dispose();

    private Task<SearchResult> Search(string q, string? kind = null) => new SearchService(_db, index.Catalog).SearchAsync(q, kind);

    [Theory]
    [InlineData("微软", "weiruan")]
    [InlineData("Microsoft", "weiruan")]
    [InlineData("msft", "weiruan")]
    [InlineData("0penLab", "kaifang")]
    [InlineData("RLHF", "rlhf-test")]
    [InlineData("人类反馈强化学习", "rlhf-test")]
    public async Task A_name_or_alias_finds_its_page_first(string q, string id) =>
        Assert.Equal(id, (await Search(q)).Hits[0].Id);

    [Fact]
    public async Task A_two_character_word_inside_a_sentence_is_found()
    {
        var result = await Search("算力");

        var hit = Assert.Single(result.Hits);
        Assert.Equal("01-start", hit.Id);
        Assert.Equal("/chapters/01-start#1-1", hit.Url);
        Assert.Contains("算力", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_character_and_long_words_are_found()
    {
        Assert.Contains((await Search("算")).Hits, h => h.Id == "01-start");
        Assert.Contains((await Search("人工智能")).Hits, h => h.Id == "kaifang");
    }

    [Theory]
    [InlineData("Reinforc", "rlhf-test")]
    [InlineData("Micro", "weiruan")]
    public async Task A_latin_prefix_finds_the_word_when_nothing_matches_exactly(string q, string id) =>
        Assert.Contains((await Search(q)).Hits, h => h.Id == id);

    [Fact]
    public async Task Mixed_queries_need_every_term()
    {
        var hits = (await Search("微软 投资")).Hits.Select(h => h.Id).ToList();
        Assert.Contains("weiruan", hits);
        Assert.DoesNotContain("zhang-san", hits);
    }

    [Fact]
    public async Task Kind_filter_keeps_counts_of_every_kind()
    {
        var result = await Search("开放实验室", kind: "person");

        Assert.All(result.Hits, h => Assert.Equal("person", h.Kind));
        Assert.Equal(result.KindCounts["person"], result.Total);
        Assert.True(result.KindCounts.ContainsKey("company"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("NEAR(微软")]
    [InlineData("C++ .NET a:b -x *")]
    [InlineData("😀")]
    public async Task Operator_input_is_answered_as_plain_words(string q)
    {
        var result = await Search(q);

        Assert.Equal(q.Trim(), result.Query);
        Assert.InRange(result.Hits.Count, 0, 20);
        Assert.Equal(result.KindCounts.Values.Sum(), result.Total);
        Assert.All(result.Terms, t => Assert.True(t.Any(char.IsLetterOrDigit), $"term '{t}' has no letter or digit"));
    }

    [Fact]
    public void Highlighting_marks_terms_in_the_original_text_and_escapes_the_rest()
    {
        Assert.Equal("<mark>微软</mark>投资 &lt;b&gt; <mark>OpenAI</mark>", Snippets.Highlight("微软投资 <b> OpenAI", ["微软", "openai"]));
    }
}
