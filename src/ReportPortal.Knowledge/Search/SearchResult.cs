namespace ReportPortal.Knowledge.Search;

/// <summary>The answer to a search: the hits of the requested page, the total, and how many hits each kind has.</summary>
public sealed record SearchResult(
    string Query,
    IReadOnlyList<string> Terms,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, int> KindCounts,
    bool TotalIsLowerBound = false)
{
    public static SearchResult Empty(string query) =>
        new(query, [], 0, [], new Dictionary<string, int>());
}

/// <summary>One document found. <see cref="Snippet"/> is plain text from the original; <see cref="Url"/> points at
/// the section that matched best.</summary>
public sealed record SearchHit(
    string Id,
    string Kind,
    string Title,
    string? TitleEn,
    string Url,
    string? SectionTitle,
    string Snippet,
    double Score,
    bool IsNameMatch);
