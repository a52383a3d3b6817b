using Markdig.Syntax.Inlines;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Authors put a space around <c>[[id]]</c> as if it were Latin text (<c>是 [[microsoft]] 的</c>). Once the
/// link shows a Chinese title, such a space between two Chinese characters is wrong; this removes it.</summary>
public static class LinkSpacing
{
    public static void Tidy(WikiLink link)
    {
        var text = link.Text;
        if (text.Length == 0)
        {
            return;
        }

        if (CjkText.IsCjk(text[0]) && link.PreviousSibling is LiteralInline before && EndsWithSpaceAfterCjk(before))
        {
            before.Content = new Markdig.Helpers.StringSlice(before.Content.ToString().TrimEnd(' '));
        }

        if (CjkText.IsCjk(text[^1]) && link.NextSibling is LiteralInline after && StartsWithSpaceBeforeCjk(after))
        {
            after.Content = new Markdig.Helpers.StringSlice(after.Content.ToString().TrimStart(' '));
        }
    }

    private static bool EndsWithSpaceAfterCjk(LiteralInline literal)
    {
        var s = literal.Content.ToString();
        var trimmed = s.TrimEnd(' ');
        return trimmed.Length < s.Length && trimmed.Length > 0 && (CjkText.IsCjk(trimmed[^1]) || IsCjkPunctuation(trimmed[^1]));
    }

    private static bool StartsWithSpaceBeforeCjk(LiteralInline literal)
    {
        var s = literal.Content.ToString();
        var trimmed = s.TrimStart(' ');
        return trimmed.Length < s.Length && trimmed.Length > 0 && (CjkText.IsCjk(trimmed[0]) || IsCjkPunctuation(trimmed[0]));
    }

    private static bool IsCjkPunctuation(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFF65');
}
