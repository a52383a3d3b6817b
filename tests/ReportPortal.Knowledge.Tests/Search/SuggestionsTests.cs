using ReportPortal.Knowledge.Search;

namespace ReportPortal.Knowledge.Tests.Search;

public sealed class SuggestionsTests(FixtureIndex index) : IClassFixture<FixtureIndex>
{
    private readonly Suggestions _suggest = Suggestions.Load(index.Catalog);

    [Theory]
    [InlineData("微", "weiruan")]
    [InlineData("微软", "weiruan")]
    [InlineData("micro", "weiruan")]
    [InlineData("MICROSOFT", "weiruan")]
    [InlineData("ms", "weiruan")]
    [InlineData("0pen", "kaifang")]
    [InlineData("人类反", "rlhf-test")]
    [InlineData("强化学习", "rlhf-test")]
    [InlineData("rl", "rlhf-test")]
    [InlineData("human feed", "rlhf-test")]
    [InlineData("San", "zhang-san")]
    public void A_prefix_of_any_name_suggests_its_document_first(string prefix, string id) =>
        Assert.Equal(id, _suggest.Suggest(prefix)[0].Id);

    [Fact]
    public void A_document_is_suggested_once_with_the_name_that_matched()
    {
        var suggestions = _suggest.Suggest("msf");

        var only = Assert.Single(suggestions);
        Assert.Equal(("weiruan", "MSFT", "/companies/weiruan"), (only.Id, only.Matched, only.Url));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zzzz")]
    public void Nothing_matching_gives_no_suggestions(string prefix) => Assert.Empty(_suggest.Suggest(prefix));
}
