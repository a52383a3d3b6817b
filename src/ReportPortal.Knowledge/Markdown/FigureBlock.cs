using Markdig.Parsers;
using Markdig.Syntax;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>A table of figures placed into a chapter's AST at the end of the section the report gives it in.</summary>
public sealed class FigureBlock(Figure figure) : LeafBlock((BlockParser?)null)
{
    public Figure Figure { get; } = figure;
}
