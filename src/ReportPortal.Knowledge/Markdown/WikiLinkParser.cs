using Markdig.Helpers;
using Markdig.Parsers;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Parses <c>[[target#anchor|label]]</c> on one line into a <see cref="WikiLink"/>. Does no lookup.</summary>
public sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var end = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var inner = text[(start + 2)..end];
        if (inner.Length == 0 || inner.Contains('\n', StringComparison.Ordinal) || inner.Contains('[', StringComparison.Ordinal))
        {
            return false;
        }

        var pipe = inner.IndexOf('|', StringComparison.Ordinal);
        var target = (pipe < 0 ? inner : inner[..pipe]).Trim();
        var label = pipe < 0 ? null : inner[(pipe + 1)..].Trim();
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var id = (hash < 0 ? target : target[..hash]).Trim();
        var anchor = hash < 0 ? null : target[(hash + 1)..].Trim();
        if (id.Length == 0)
        {
            return false;
        }

        processor.Inline = new WikiLink
        {
            TargetId = id,
            Anchor = string.IsNullOrEmpty(anchor) ? null : anchor,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 2;
        return true;
    }
}
