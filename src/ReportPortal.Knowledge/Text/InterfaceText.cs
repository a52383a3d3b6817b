using System.Text;

namespace ReportPortal.Knowledge.Text;

/// <summary>Interface words inside rendered content (a figure's "单位：", a broken link's tooltip) are stored as
/// markers around their Chinese key, so the interface language can be chosen when a page is served: the web layer
/// replaces each marker with the key's text in the reader's language. Content never contains the marker characters
/// (they are private-use characters and are removed from bodies on load).</summary>
public static class InterfaceText
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    /// <summary>The marker for <paramref name="key"/>, to write into rendered HTML (already escaped).</summary>
    public static string Mark(string key) => Open + key + Close;

    /// <summary>Removes the marker characters from text written by a contributor.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains(Open, StringComparison.Ordinal) || text.Contains(Close, StringComparison.Ordinal)
            ? text.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal)
            : text;
    }

    /// <summary><paramref name="html"/> with every marker replaced by <paramref name="translate"/> of its key (the
    /// result is HTML-escaped by the caller's function).</summary>
    public static string Replace(string html, Func<string, string> translate)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(translate);
        var start = html.IndexOf(Open, StringComparison.Ordinal);
        if (start < 0)
        {
            return html;
        }

        var output = new StringBuilder(html.Length);
        var done = 0;
        while (start >= 0)
        {
            var end = html.IndexOf(Close, start + 1);
            if (end < 0)
            {
                break;
            }

            output.Append(html, done, start - done).Append(translate(html[(start + 1)..end]));
            done = end + 1;
            start = html.IndexOf(Open, done);
        }

        return output.Append(html, done, html.Length - done).ToString();
    }
}
