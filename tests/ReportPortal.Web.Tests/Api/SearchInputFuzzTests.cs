using System.Net;
using CsCheck;

namespace ReportPortal.Web.Tests.Api;

/// <summary>Generated input through real HTTP: every answer is a result, an empty result or a 400; never a 500 and
/// never an SQLite error text.</summary>
[Collection(FixtureContent.Name)]
public class SearchInputFuzzTests(FixtureContentFactory portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    /// <summary>What SQLite and FTS5 errors say. (Not just "fts5": an echoed query such as "/TS5" is escaped into a
    /// link as "%2FTS5".)</summary>
    private static readonly string[] s_sqliteErrors =
        ["SQLite Error", "SqliteException", "fts5: syntax error", "malformed MATCH", "unterminated string", "no such column", "unknown special query"];

    private async Task<bool> AnswersCleanly(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var clean = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest
            && !s_sqliteErrors.Any(e => body.Contains(e, StringComparison.OrdinalIgnoreCase));
        return clean ? true : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
    }

    [Fact]
    public async Task Generated_queries_never_break_the_search_api_page_or_suggestions()
    {
        await QueryGen.Query.SampleAsync(async q =>
        {
            var escaped = Uri.EscapeDataString(q.Replace("\uD800", "", StringComparison.Ordinal));
            return await AnswersCleanly("/api/search?q=" + escaped)
                && await AnswersCleanly("/search?q=" + escaped)
                && await AnswersCleanly("/api/suggest?q=" + escaped);
        }, iter: 700, threads: 1);
    }

    [Theory]
    [InlineData("%FF%FE")]
    [InlineData("%C3%28")]
    [InlineData("%E5%BE")]
    [InlineData("%00")]
    [InlineData("%ED%A0%80")]
    [InlineData("%")]
    public async Task Invalid_utf8_in_the_url_is_answered_cleanly(string raw)
    {
        Assert.True(await AnswersCleanly("/api/search?q=" + raw));
        Assert.True(await AnswersCleanly("/search?q=" + raw));
        Assert.True(await AnswersCleanly("/api/suggest?q=" + raw));
    }

    [Fact]
    public async Task A_10_kb_query_is_a_400_not_a_crash()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(new string('微', 10_000)), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
