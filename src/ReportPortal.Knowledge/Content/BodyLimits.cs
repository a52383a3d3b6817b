namespace ReportPortal.Knowledge.Content;

/// <summary>Caps on a Markdown body, checked before Markdig sees it, so that no file can cost more than a bounded
/// time: its length, how deeply its block containers nest (quotes, lists, indentation) and how deeply its brackets
/// nest. A body over a cap is refused with the line where the cap is passed.</summary>
public static class BodyLimits
{
    /// <summary>The longest body, in characters (our longest chapter has about 25,000).</summary>
    public const int MaxCharacters = 400_000;

    /// <summary>How deeply quotes and lists may nest on one line (real content uses at most 3).</summary>
    public const int MaxNesting = 16;

    /// <summary>How deeply unclosed '[' may nest (a link inside a link label is already unusual).</summary>
    public const int MaxBrackets = 16;

    /// <summary>Throws <see cref="ContentException"/> at the first line that passes a cap; <paramref name="firstLine"/>
    /// is the file line of the body's first line.</summary>
    public static void Check(string body, int firstLine)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length > MaxCharacters)
        {
            throw new ContentException(firstLine, $"the body has {body.Length:N0} characters; at most {MaxCharacters:N0} are rendered");
        }

        var line = firstLine;
        var brackets = 0;
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }

            var text = body.AsSpan(start, end - start);
            if (Nesting(text) > MaxNesting)
            {
                throw new ContentException(line, $"quotes and lists nest more than {MaxNesting} levels deep here; the document is not rendered");
            }

            brackets = BracketDepth(text, brackets, out var deepest);
            if (deepest > MaxBrackets)
            {
                throw new ContentException(line, $"brackets '[' nest more than {MaxBrackets} levels deep here; the document is not rendered");
            }

            if (text.IsEmpty)
            {
                brackets = 0; // a blank line ends a paragraph, and any link label in it
            }

            line++;
            start = end + 1;
        }
    }

    /// <summary>How many block containers open at the start of a line: each '>' and each list marker ('-', '*', '+',
    /// '1.', '1)') followed by a space counts one, and every 4 columns of indentation count one.</summary>
    private static int Nesting(ReadOnlySpan<char> text)
    {
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var columns = 0;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                columns += text[i] == '\t' ? 4 : 1;
                i++;
            }

            depth += columns / 4;
            if (i < text.Length && text[i] == '>')
            {
                depth++;
                i++;
            }
            else if (i + 1 < text.Length && text[i] is '-' or '*' or '+' && text[i + 1] == ' ')
            {
                depth++;
                i += 2;
            }
            else if (OrderedMarker(text[i..]) is > 0 and var length)
            {
                depth++;
                i += length;
            }
            else
            {
                break;
            }
        }

        return depth;
    }

    private static int OrderedMarker(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ' ? digits + 2 : 0;
    }

    private static int BracketDepth(ReadOnlySpan<char> text, int depth, out int deepest)
    {
        deepest = depth;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '[')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (text[i] == ']' && depth > 0)
            {
                depth--;
            }
        }

        return depth;
    }
}
