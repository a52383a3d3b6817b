using ReportPortal.Knowledge.Search;

namespace ReportPortal.Web.Highlight;

/// <summary>The search terms to highlight on a page (<c>?h=</c>), and how many places were marked. A query with no
/// searchable word, or longer than search accepts, highlights nothing.</summary>
public sealed class PageHighlight
{
    private TermMatcher? _matcher;

    private PageHighlight(string query, IReadOnlyList<string> terms)
    {
        Query = query;
        Terms = terms;
    }

    public string Query { get; }

    public IReadOnlyList<string> Terms { get; }

    /// <summary>How many places the marked fragments got so far.</summary>
    public int Marks { get; private set; }

    public static PageHighlight? From(string? h)
    {
        if (string.IsNullOrWhiteSpace(h) || h.Length > SearchQuery.MaxLength)
        {
            return null;
        }

        var query = SearchQuery.Parse(h);
        return query.IsEmpty ? null : new PageHighlight(query.Text, query.Terms);
    }

    /// <summary>Chooses how each term matches from the page's main text (see <see cref="TermMatcher"/>).</summary>
    public void Prepare(string bodyHtml) => _matcher = TermMatcher.For(Terms, HtmlHighlighter.TextOf(bodyHtml));

    public string Mark(string html)
    {
        var (marked, count) = HtmlHighlighter.Mark(html, _matcher ??= TermMatcher.For(Terms, HtmlHighlighter.TextOf(html)));
        Marks += count;
        return marked;
    }

    /// <summary>Plain text, encoded, with the matches marked.</summary>
    public string MarkText(string text)
    {
        var (marked, count) = HtmlHighlighter.MarkText(text, _matcher ??= TermMatcher.For(Terms, text));
        Marks += count;
        return marked;
    }

    /// <summary><paramref name="url"/> with <c>?h=</c> added before its fragment, for a search hit.</summary>
    public static string LinkTo(string url, string? query)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrWhiteSpace(query))
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        return path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "h=" + Uri.EscapeDataString(query.Trim()) + fragment;
    }
}
