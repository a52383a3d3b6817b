using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Search;

/// <summary>One suggestion: a document, and the name of it that matched what the reader typed.</summary>
public sealed record Suggestion(string Id, string Kind, string Title, string? TitleEn, string Url, string Matched);

/// <summary>Suggestions as you type: every title, English name and alias, held in memory as a sorted array of keys
/// (lower case, no white space) so that a prefix is a binary search. Each name is also entered from every later
/// Chinese character and every later Latin word, so 强化学习 finds 人类反馈强化学习 and Altman finds Sam Altman.</summary>
public sealed class Suggestions
{
    private readonly Entry[] _entries;

    private Suggestions(Entry[] entries) => _entries = entries;

    private readonly record struct Entry(string Key, int Offset, int NameRank, Suggestion Suggestion);

    public int Count => _entries.Length;

    public static Suggestions Load(DocumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var entries = new List<Entry>();
        foreach (var (d, name) in catalog.Ordered.SelectMany(d => d.Names.Select(n => (d, n))))
        {

            var suggestion = new Suggestion(d.Id, d.Kind, d.Title, d.TitleEn, DocumentSchema.UrlOf(d.Kind, d.Id), name.Name);
            var rank = name.Role == "alias" ? 1 : 0;
            foreach (var start in StartsOf(name.Name))
            {
                var key = NameKey.Of(name.Name[start..]);
                if (key.Length > 0)
                {
                    entries.Add(new Entry(key, start, rank, suggestion));
                }
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new Suggestions([.. entries]);
    }

    /// <summary>Where a reader may start typing a name: its start, each later Chinese character, each later word.</summary>
    private static IEnumerable<int> StartsOf(string name)
    {
        yield return 0;
        for (var i = 1; i < name.Length; i++)
        {
            var wordStart = char.IsLetterOrDigit(name[i]) && !char.IsLetterOrDigit(name[i - 1]);
            if (CjkText.IsCjk(name[i]) || wordStart)
            {
                yield return i;
            }
        }
    }

    public IReadOnlyList<Suggestion> Suggest(string? input, int limit = 8)
    {
        var key = NameKey.Of(input ?? "");
        if (key.Length == 0 || key.Length > SearchQuery.MaxLength)
        {
            return [];
        }

        var first = LowerBound(key);
        var matches = new List<Entry>();
        for (var i = first; i < _entries.Length && _entries[i].Key.StartsWith(key, StringComparison.Ordinal) && matches.Count < 400; i++)
        {
            matches.Add(_entries[i]);
        }

        return [.. matches
            .OrderBy(e => e.Key.Length == key.Length && e.Offset == 0 ? 0 : 1) // the whole name typed
            .ThenBy(e => e.Offset == 0 ? 0 : 1)                                // a prefix of the name
            .ThenBy(e => e.NameRank)                                           // titles before aliases
            .ThenBy(e => e.Suggestion.Kind == "chapter" ? 1 : 0)
            .ThenBy(e => e.Suggestion.Matched.Length)
            .ThenBy(e => e.Suggestion.Id, StringComparer.Ordinal)
            .DistinctBy(e => e.Suggestion.Id)
            .Take(limit)
            .Select(e => e.Suggestion)];
    }

    private int LowerBound(string key)
    {
        int lo = 0, hi = _entries.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_entries[mid].Key, key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
