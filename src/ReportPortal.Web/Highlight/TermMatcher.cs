using ReportPortal.Knowledge.Search;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Web.Highlight;

/// <summary>Where a search's terms occur in text, the way search finds them: the query is split into terms as by
/// <see cref="SearchQuery"/>; a Chinese term matches where it occurs as written, or, when a longer Chinese term occurs
/// nowhere on the page (search then matched its bigrams apart), each of its two-character pieces; a Latin term
/// matches case-insensitively at the start of a word, as a whole word, or as a word's beginning when no whole word
/// matches (as search's relaxed prefix match).</summary>
public sealed class TermMatcher
{
    private readonly List<(string Text, bool Latin, bool WholeWord)> _patterns;

    private TermMatcher(List<(string, bool, bool)> patterns) => _patterns = patterns;

    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>The patterns for <paramref name="terms"/>, chosen by what <paramref name="pageText"/> contains.</summary>
    public static TermMatcher For(IReadOnlyList<string> terms, string pageText)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(pageText);
        var patterns = new List<(string, bool, bool)>();
        foreach (var term in terms.Take(SearchQuery.MaxTerms))
        {
            if (term.All(CjkText.IsCjk))
            {
                if (term.Length <= 2 || pageText.Contains(term, StringComparison.Ordinal))
                {
                    patterns.Add((term, false, false));
                }
                else
                {
                    patterns.AddRange(Enumerable.Range(0, term.Length - 1).Select(i => (term.Substring(i, 2), false, false)).Distinct());
                }
            }
            else
            {
                var whole = FindAll(pageText, term, latin: true, wholeWord: true).Any();
                patterns.Add((term, true, whole));
            }
        }

        return new TermMatcher(patterns);
    }

    /// <summary>For each character of <paramref name="text"/>, whether some term covers it.</summary>
    public bool[] Cover(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marked = new bool[text.Length];
        foreach (var (pattern, latin, whole) in _patterns)
        {
            foreach (var i in FindAll(text, pattern, latin, whole))
            {
                Array.Fill(marked, true, i, pattern.Length);
            }
        }

        return marked;
    }

    private static IEnumerable<int> FindAll(string text, string pattern, bool latin, bool wholeWord)
    {
        var comparison = latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var i = text.IndexOf(pattern, comparison); i >= 0; i = text.IndexOf(pattern, i + 1, comparison))
        {
            if (!latin || (!IsWordChar(text, i - 1) && (!wholeWord || !IsWordChar(text, i + pattern.Length))))
            {
                yield return i;
            }
        }
    }

    /// <summary>A Latin letter or digit: a Chinese character next to a Latin word is a word border (投资了OpenAI).</summary>
    private static bool IsWordChar(string text, int i) =>
        i >= 0 && i < text.Length && char.IsLetterOrDigit(text[i]) && !CjkText.IsCjk(text[i]);
}
