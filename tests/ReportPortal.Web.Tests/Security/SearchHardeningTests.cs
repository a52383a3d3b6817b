using System.Net;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Checklist cases 6, 8 and 9 (search) through real HTTP on the real content. 6: FTS5 syntax in a query is
/// searched for as text (200), never a 500. 8: more than 200 characters or 16 words answer 400 problem JSON. 9: a
/// search over its time budget is interrupted by SQLite's progress handler and answers 503, and the portal goes on
/// serving. (Case 7, any string through SearchService without an SqliteException, is SearchFuzzTests in
/// ReportPortal.Knowledge.Tests; the API and page side of it is SearchInputFuzzTests.)</summary>
[Collection(RealContent.Name)]
public sealed class SearchHardeningTests(RealContentFactory portal)
{
    private static readonly string[] s_leaks = ["   at ", "Exception", "SQLite", "fts5", "no such column", "syntax error"];

    [Theory]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("a-b")]
    [InlineData("title:x")]
    [InlineData("AND")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("a*")]
    [InlineData("@nasa")]
    [InlineData("")]
    [InlineData("multi-agent")]
    [InlineData("\"微软\" OR 1")]
    public async Task Fts5_syntax_is_searched_as_text(string q)
    {
        using var client = portal.CreateClient();
        foreach (var path in new[] { "/api/search?q=", "/search?q=" })
        {
            using var response = await client.GetAsync(new Uri(path + Uri.EscapeDataString(q), UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(s_leaks, l => body.Contains(l, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(201, 1)]
    [InlineData(10 * 1024, 1)]
    [InlineData(0, 17)]
    [InlineData(0, 40)]
    public async Task A_query_over_200_characters_or_16_words_answers_400_problem_json(int length, int words)
    {
        var q = length > 0 ? new string('微', length) : string.Join(' ', Enumerable.Range(0, words).Select(i => "w" + i));
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(q), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData(200, 1)]
    [InlineData(0, 16)]
    public async Task A_query_of_200_characters_or_16_words_is_searched(int length, int words)
    {
        var q = length > 0 ? new string('微', length) : string.Join(' ', Enumerable.Range(0, words).Select(i => "w" + i));
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(q), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_commonest_queries_finish_within_the_default_budget()
    {
        using var client = portal.CreateClient();
        foreach (var q in new[] { "的", "a", "a*", "AI", "人工智能", "数据" })
        {
            using var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(q), UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{q}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_search_over_its_time_budget_is_interrupted_with_503_and_the_portal_goes_on_serving()
    {
        _ = portal.Server; // the shared index is built
        await using var hurried = new SecurityPortal(new Dictionary<string, string?> { ["Portal:SearchTimeBudget"] = "00:00:00" },
            content: TestPaths.Content, indexPath: portal.IndexPath);
        using var client = hurried.CreateClient();

        using var api = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("的"), UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString("的"), UriKind.Relative));
        var apiBody = await api.Content.ReadAsStringAsync();
        var pageBody = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, JsonDocument.Parse(apiBody).RootElement.GetProperty("status").GetInt32());
        Assert.Equal("1", api.Headers.RetryAfter?.ToString());
        SecurityHeaderAssert.FullSet(SecurityHeaderAssert.Of(api), hsts: false, "503 search");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("<h1>出错了</h1>", pageBody, StringComparison.Ordinal);
        Assert.DoesNotContain(s_leaks, l => apiBody.Contains(l, StringComparison.Ordinal) || pageBody.Contains(l, StringComparison.Ordinal));

        // Nothing is left stuck: pooled connections (without the progress handler) serve pages and suggestions.
        for (var i = 0; i < 5; i++)
        {
            using var chapter = await client.GetAsync(new Uri("/chapters/01-origins?i=" + i, UriKind.Relative));
            using var suggest = await client.GetAsync(new Uri("/api/suggest?q=ai&i=" + i, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, chapter.StatusCode);
            Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
        }
    }
}
