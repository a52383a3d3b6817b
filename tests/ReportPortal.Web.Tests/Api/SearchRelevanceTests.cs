using System.Net.Http.Json;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Api;

/// <summary>Search over the real content agrees with a reader: the queries of tests/fixtures/relevance-queries.tsv
/// (Chinese of 2 to 8 characters, English, abbreviations, aliases, the report's misspellings, mixed) find their page
/// at or above the rank given, and the mean reciprocal rank stays at or above 0.9.</summary>
[Collection(RealContent.Name)]
public class SearchRelevanceTests(RealContentFactory portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    public static IEnumerable<(string Query, string Id, int MaxRank)> Queries() =>
        File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, "tests", "fixtures", "relevance-queries.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));

    private async Task<int> RankOf(string query, string id)
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/api/search?limit=20&q=" + Uri.EscapeDataString(query));
        var ids = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        return ids.IndexOf(id) + 1;
    }

    [Fact]
    public async Task Every_query_finds_its_page_near_the_top_and_MRR_is_at_least_0_9()
    {
        var queries = Queries().ToList();
        var ranks = new List<(string Query, string Id, int Rank, int MaxRank)>();
        foreach (var (query, id, maxRank) in queries)
        {
            ranks.Add((query, id, await RankOf(query, id), maxRank));
        }

        var misses = ranks.Where(r => r.Rank == 0 || r.Rank > r.MaxRank).ToList();
        var mrr = ranks.Average(r => r.Rank == 0 ? 0 : 1.0 / r.Rank);

        Assert.True(queries.Count >= 40, $"only {queries.Count} queries");
        Assert.True(misses.Count == 0, "ranked too low: " + string.Join("; ", misses.Select(m => $"{m.Query} → {m.Id} at {m.Rank}")));
        Assert.True(mrr >= 0.9, $"MRR {mrr:0.000}");
    }
}
