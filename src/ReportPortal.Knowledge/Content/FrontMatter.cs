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

    /// <summary>The largest front matter read, in characters.</summary>
    public const int MaxYamlCharacters = 64 * 1024;

    /// <summary>The most YAML nodes a front matter may hold, counting each shared (aliased) node once.</summary>
    public const int MaxNodes = 5_000;

    /// <summary>Parses a YAML document whose root must be a mapping; line numbers are offset by the opening '---'.
    /// YamlDotNet's representation model builds no .NET object from a tag and shares aliased nodes instead of copying
    /// them; tags are refused all the same, and the node count is capped, so an alias bomb stays small.</summary>
    private static YamlMappingNode ParseMapping(string yaml)
    {
        if (yaml.Length > MaxYamlCharacters)
        {
            throw new ContentException(2, $"the front matter has {yaml.Length:N0} characters; at most {MaxYamlCharacters:N0} are read");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new ContentException((int)ex.Start.Line + 1, "invalid YAML: " + FirstLine(ex.Message));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
        {
            throw new ContentException(2, $"invalid YAML ({ex.GetType().Name}): look for an unclosed '[', '{{' or quote");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new ContentException(2, "the front matter must be a YAML mapping of fields");
        }

        CheckNodes(mapping);
        return mapping;
    }

    /// <summary>Refuses tags (<c>!!System.Diagnostics.Process</c>, <c>!&lt;tag:…&gt;</c>) and more than <see cref="MaxNodes"/> nodes.</summary>
    private static void CheckNodes(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            if (seen.Count > MaxNodes)
            {
                throw new ContentException(LineOf(node), $"the front matter holds more than {MaxNodes:N0} values");
            }

            if (!node.Tag.IsEmpty && node.Tag.Value is not ("!" or "?"))
            {
                throw new ContentException(LineOf(node), $"YAML tags such as '{node.Tag.Value}' are not allowed in front matter");
            }

            foreach (var child in Children(node).Reverse())
            {
                pending.Push(child); // reversed, so that nodes are checked in document order
            }
        }
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(p => new[] { p.Key, p.Value }),
        YamlSequenceNode sequence => sequence.Children,
        _ => [],
    };

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n', StringComparison.Ordinal);
        return i < 0 ? message : message[..i];
    }

    /// <summary>The file line of a node inside the front matter.</summary>
    public static int LineOf(YamlNode node) => (int)node.Start.Line + 1;
}
