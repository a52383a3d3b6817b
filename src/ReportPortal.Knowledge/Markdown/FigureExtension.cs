using Markdig;
using Markdig.Renderers;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Lets the pipeline render <see cref="FigureBlock"/>s (placed by <see cref="FigurePlacement"/>, not parsed).</summary>
public sealed class FigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FigureRenderer>())
        {
            html.ObjectRenderers.Insert(0, new FigureRenderer());
        }
    }
}
