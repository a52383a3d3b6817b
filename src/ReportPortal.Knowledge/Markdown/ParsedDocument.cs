using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>A document whose body has been parsed and its headings given anchors, but whose links are not yet resolved.</summary>
public sealed class ParsedDocument
{
    public required ContentDocument Source { get; init; }
    public required MarkdownDocument Ast { get; init; }

    public IEnumerable<WikiLink> Links => Ast.Descendants<WikiLink>();

    public LinkTarget AsLinkTarget() => new(Source.Id, Source.Kind, Source.Title,
        Ast.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id!).ToHashSet(StringComparer.Ordinal));
}
