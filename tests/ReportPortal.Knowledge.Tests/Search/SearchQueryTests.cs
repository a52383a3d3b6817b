using ReportPortal.Knowledge.Text;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Knowledge.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("微软", "\"微软\"")]
    [InlineData("微", "\"微\"*")]
    [InlineData("人工智能", "\"人工 工智 智能\"")]
    [InlineData("Transformer架构", "\"Transformer\" AND \"架构\"")]
    [InlineData("微软 投资", "\"微软\" AND \"投资\"")]
    [InlineData("GPT-3", "\"GPT 3\"")]
    [InlineData("C++", "\"C\"")]
    [InlineData("\"quoted\" AND NOT x*", "\"quoted\" AND \"AND\" AND \"NOT\" AND \"x\"")]
    [InlineData("NEAR(a b)", "\"NEAR\" AND \"a\" AND \"b\"")]
    [InlineData("a:b -c", "\"a\" AND \"b\" AND \"c\"")]
    public void Turns_input_into_a_safe_match_expression(string input, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(input).ToMatchExpression());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("*** ---")]
    [InlineData("😀😀")]
    [InlineData("\u0001\u0002")]
    public void Input_without_letters_or_digits_is_empty(string input) => Assert.True(SearchQuery.Parse(input).IsEmpty);

    [Fact]
    public void Relaxed_expression_splits_long_chinese_words_into_bigrams()
    {
        var query = SearchQuery.Parse("微软投资");
        Assert.True(query.CanRelax);
        Assert.Equal("\"微软\" AND \"软投\" AND \"投资\"", query.ToRelaxedMatchExpression());
    }

    [Fact]
    public void Index_text_is_bigrams_plus_the_last_character_of_each_run() =>
        Assert.Equal("OpenAI 人工 工智 智能 能 ， 微软 软 。", CjkText.ForIndex("OpenAI人工智能，微软。"));
}
