using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Parses and renders document bodies with the shared pipeline. Parse all documents first,
/// resolve links against all of them, then render.</summary>
public sealed class DocumentRenderer
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();

    /// <summary>Parses a body, makes it inert (<see cref="InertContent"/>; what it drops is added to
    /// <paramref name="problems"/> when given) and gives its headings anchors.</summary>
    public ParsedDocument Parse(ContentDocument document, ICollection<ContentProblem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ast = Markdig.Markdown.Parse(document.Body, _pipeline);
        InertContent.Apply(ast, document, problems ?? []);
        HeadingAnchors.Assign(ast);
        return new ParsedDocument { Source = document, Ast = ast };
    }

    public RenderedDocument Render(ParsedDocument parsed)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(parsed.Ast);
        writer.Flush();
        var (sections, links) = Walk(parsed);
        return new RenderedDocument(parsed.Source, writer.ToString(), sections, links);
    }

    /// <summary>Splits the top-level blocks into sections at each heading and records which section each link is in.</summary>
    private static (List<RenderedSection>, List<RenderedLink>) Walk(ParsedDocument parsed)
    {
        var sections = new List<RenderedSection>();
        var links = new List<RenderedLink>();
        var anchor = "";
        var title = parsed.Source.Title;
        var level = 1;
        var text = new System.Text.StringBuilder();

        void Close()
        {
            if (anchor.Length > 0 || text.Length > 0 || sections.Count == 0)
            {
                sections.Add(new RenderedSection(anchor, title, level, text.ToString().Trim()));
            }

            text.Clear();
        }

        foreach (var block in parsed.Ast)
        {
            if (block is HeadingBlock heading)
            {
                Close();
                anchor = heading.GetAttributes().Id ?? "";
                title = PlainText.Of(heading.Inline);
                level = heading.Level;
            }
            else
            {
                text.Append(PlainText.Of(block)).Append('\n');
            }

            foreach (var (link, context) in LinksIn(block))
            {
                links.Add(new RenderedLink(anchor, link.ResolvedId ?? link.TargetId, link.Anchor, parsed.Source.BodyLine + link.Line, link.IsBroken, link.IsAutomatic, context));
            }
        }

        Close();
        return (sections, links);
    }

    /// <summary>The links in a block, each with the text around it in its paragraph (or table cell, or list item).</summary>
    private static IEnumerable<(WikiLink Link, string Context)> LinksIn(Block block)
    {
        var leaves = block switch
        {
            LeafBlock leaf => [leaf],
            ContainerBlock container => container.Descendants<LeafBlock>(),
            _ => [],
        };
        foreach (var leaf in leaves.Where(l => l.Inline is not null))
        {
            string? text = null;
            foreach (var link in leaf.Inline!.FindDescendants<WikiLink>())
            {
                text ??= PlainText.Of(leaf);
                yield return (link, Snippets.Around(text, [link.Text], 80));
            }
        }
    }
}
