using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Gives every heading a stable anchor: an explicit <c>{#anchor}</c>; else the report's numbering
/// (<c>1.3.4</c> becomes <c>1-3-4</c>); else a slug of the heading text. Repeats get <c>-2</c>, <c>-3</c>.</summary>
public static partial class HeadingAnchors
{
    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)*)(?=[\s.、．]|$|\D)")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s*\{#([\p{L}\p{N}_-]+)\}\s*$")]
    private static partial Regex TrailingAnchor();

    public static void Assign(MarkdownDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            TakeLiteralAnchor(heading);
            var attributes = heading.GetAttributes();
            var anchor = string.IsNullOrWhiteSpace(attributes.Id) ? FromText(PlainText.Of(heading.Inline)) : attributes.Id!;
            var unique = anchor;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{anchor}-{n}";
            }

            attributes.Id = unique;
        }
    }

    /// <summary>Markdig's attribute syntax rejects some ids (<c>{#1}</c>, all digits): such a <c>{#id}</c> stays in
    /// the heading's text. Take it out of the text and use it as the id.</summary>
    private static void TakeLiteralAnchor(HeadingBlock heading)
    {
        if (heading.Inline?.LastChild is not LiteralInline last)
        {
            return;
        }

        var text = last.Content.ToString();
        var match = TrailingAnchor().Match(text);
        if (match.Success)
        {
            last.Content = new Markdig.Helpers.StringSlice(text[..match.Index]);
            heading.GetAttributes().Id = match.Groups[1].Value;
        }
    }

    public static string FromText(string text)
    {
        var number = LeadingNumber().Match(text);
        if (number.Success)
        {
            return number.Groups[1].Value.Replace('.', '-');
        }

        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "section" : result;
    }
}
