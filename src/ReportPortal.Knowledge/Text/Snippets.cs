using System.Net;
using System.Text;

namespace ReportPortal.Knowledge.Text;

/// <summary>Snippets and highlighting computed from the original text (never from the tokenised index text).</summary>
public static class Snippets
{
    /// <summary>About <paramref name="width"/> characters of <paramref name="text"/> around the first match of any term.</summary>
    public static string Around(string text, IReadOnlyList<string> terms, int width = 90)
    {
        var first = int.MaxValue;
        foreach (var term in terms)
        {
            var i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && i < first)
            {
                first = i;
            }
        }

        first = first == int.MaxValue ? 0 : first;
        var start = Math.Max(0, first - (width / 3));
        var end = Math.Min(text.Length, start + width);
        start = Math.Max(0, Math.Min(start, end - width));
        var window = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (start > 0 ? "…" : "") + window + (end < text.Length ? "…" : "");
    }

    /// <summary>HTML of <paramref name="text"/> with every occurrence of any term wrapped in &lt;mark&gt;; the rest escaped.</summary>
    public static string Highlight(string text, IReadOnlyList<string> terms)
    {
        var marked = new bool[text.Length];
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(marked, true, i, term.Length);
            }
        }

        var html = new StringBuilder(text.Length + 32);
        for (var i = 0; i < text.Length;)
        {
            var j = i;
            while (j < text.Length && marked[j] == marked[i])
            {
                j++;
            }

            var part = WebUtility.HtmlEncode(text[i..j]);
            html.Append(marked[i] ? $"<mark>{part}</mark>" : part);
            i = j;
        }

        return html.ToString();
    }
}
