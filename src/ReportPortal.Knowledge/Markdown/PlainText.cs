using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>The text a reader sees in a block or inline, without markup: for headings, search and snippets.</summary>
public static class PlainText
{
    public static string Of(Block block)
    {
        var text = new StringBuilder();
        Append(block, text);
        return text.ToString().Trim();
    }

    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(Block block, StringBuilder text)
    {
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
            case FigureBlock figure:
                text.Append(figure.Figure.Title).Append('\n');
                foreach (var row in figure.Figure.Rows)
                {
                    text.AppendJoin(' ', row.Select(c => c ?? "")).Append('\n');
                }

                break;
            case LeafBlock { Inline: not null } leaf:
                Append(leaf.Inline, text);
                text.Append('\n');
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString()).Append('\n');
                break;
        }
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case WikiLink link:
                text.Append(link.Text);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
