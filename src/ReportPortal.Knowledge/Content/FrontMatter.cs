using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportPortal.Knowledge.Content;

/// <summary>A Markdown file split into its YAML front matter (as a mapping with line numbers) and its body.</summary>
public sealed class FrontMatter
{
    private FrontMatter(YamlMappingNode mapping, string body, int bodyLine)
    {
        Mapping = mapping;
        Body = body;
        BodyLine = bodyLine;
    }

    public YamlMappingNode Mapping { get; }
    public string Body { get; }

    /// <summary>The 1-based file line of the body's first line.</summary>
    public int BodyLine { get; }

    /// <summary>Splits and parses a file. Throws <see cref="ContentException"/> with the file line on failure.</summary>
    public static FrontMatter Parse(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new ContentException(1, "the file must start with front matter between two '---' lines");
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < text.Length && text[end + 4] != '\n')
        {
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        }

        if (end < 0)
        {
            throw new ContentException(1, "the front matter is not closed by a '---' line");
        }

        var yaml = text[4..(end + 1)];
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyLine = text[..bodyStart].Count(c => c == '\n') + 1;
        return new FrontMatter(ParseMapping(yaml), text[bodyStart..], bodyLine);
    }

    /// <summary>Parses a YAML document whose root must be a mapping; line numbers are offset by the opening '---'.</summary>
    private static YamlMappingNode ParseMapping(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new ContentException((int)ex.Start.Line + 1, "invalid YAML: " + FirstLine(ex.Message));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new ContentException(2, "the front matter must be a YAML mapping of fields");
        }

        return mapping;
    }

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n', StringComparison.Ordinal);
        return i < 0 ? message : message[..i];
    }

    /// <summary>The file line of a node inside the front matter.</summary>
    public static int LineOf(YamlNode node) => (int)node.Start.Line + 1;
}
