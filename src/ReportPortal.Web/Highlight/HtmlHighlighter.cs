using System.Net;
using System.Text;

namespace ReportPortal.Web.Highlight;

/// <summary>Wraps the matches of a <see cref="TermMatcher"/> in the text of an HTML fragment in
/// <c>&lt;mark class="search-hl"&gt;</c>: only in text between tags, never inside a tag, an attribute, a comment, or
/// an element whose text is not prose (script, style, svg, math, textarea, title, an existing mark). The fragment is
/// the portal's own rendered HTML; text that has no match is copied unchanged.</summary>
public static class HtmlHighlighter
{
    public const string MarkClass = "search-hl";

    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "svg", "math", "textarea", "title", "mark" };

    /// <summary>The plain text of the fragment (what is outside tags, decoded), for choosing patterns.</summary>
    public static string TextOf(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length);
        Walk(html, (segment, _) => text.Append(WebUtility.HtmlDecode(segment)).Append(' '), (_, _) => { });
        return text.ToString();
    }

    /// <summary>The fragment with the matches marked, and how many marks it got.</summary>
    public static (string Html, int Marks) Mark(string html, TermMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(matcher);
        if (matcher.IsEmpty)
        {
            return (html, 0);
        }

        var output = new StringBuilder(html.Length + 256);
        var marks = 0;
        Walk(html,
            (segment, skipped) =>
            {
                if (skipped)
                {
                    output.Append(segment);
                    return;
                }

                var text = WebUtility.HtmlDecode(segment);
                var covered = matcher.Cover(text);
                if (!covered.Contains(true))
                {
                    output.Append(segment);
                    return;
                }

                marks += AppendMarked(output, text, covered);
            },
            (tag, _) => output.Append(tag));
        return (output.ToString(), marks);
    }

    /// <summary>Marks plain (not yet encoded) text, e.g. a summary.</summary>
    public static (string Html, int Marks) MarkText(string text, TermMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matcher);
        var output = new StringBuilder(text.Length + 64);
        var marks = AppendMarked(output, text, matcher.Cover(text));
        return (output.ToString(), marks);
    }

    private static int AppendMarked(StringBuilder output, string text, bool[] covered)
    {
        var marks = 0;
        for (var i = 0; i < text.Length;)
        {
            var j = i;
            while (j < text.Length && covered[j] == covered[i])
            {
                j++;
            }

            var part = WebUtility.HtmlEncode(text[i..j]);
            if (covered[i])
            {
                output.Append("<mark class=\"").Append(MarkClass).Append("\">").Append(part).Append("</mark>");
                marks++;
            }
            else
            {
                output.Append(part);
            }

            i = j;
        }

        return marks;
    }

    /// <summary>Calls <paramref name="onText"/> for each run of text (with whether it lies inside a skipped element)
    /// and <paramref name="onTag"/> for each tag or comment, in order.</summary>
    private static void Walk(string html, Action<string, bool> onText, Action<string, bool> onTag)
    {
        var skipDepth = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                onText(html[i..], skipDepth.Count > 0);
                break;
            }

            if (lt > i)
            {
                onText(html[i..lt], skipDepth.Count > 0);
            }

            var end = TagEnd(html, lt);
            var tag = html[lt..end];
            Track(tag, skipDepth);
            onTag(tag, skipDepth.Count > 0);
            i = end;
        }
    }

    /// <summary>The index just after the tag or comment that starts at <paramref name="lt"/> (quotes respected).</summary>
    private static int TagEnd(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        char? quote = null;
        for (var k = lt + 1; k < html.Length; k++)
        {
            var c = html[k];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return k + 1;
            }
        }

        return html.Length;
    }

    private static void Track(string tag, Stack<string> skipped)
    {
        if (tag.StartsWith("<!", StringComparison.Ordinal) || tag.Length < 3)
        {
            return;
        }

        var closing = tag[1] == '/';
        var start = closing ? 2 : 1;
        var length = 0;
        while (start + length < tag.Length && char.IsAsciiLetterOrDigit(tag[start + length]))
        {
            length++;
        }

        var name = tag.Substring(start, length);
        if (!s_skipped.Contains(name) || tag.EndsWith("/>", StringComparison.Ordinal))
        {
            return;
        }

        if (!closing)
        {
            skipped.Push(name);
        }
        else if (skipped.Count > 0 && string.Equals(skipped.Peek(), name, StringComparison.OrdinalIgnoreCase))
        {
            skipped.Pop();
        }
    }
}
