using Markdig;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>The one Markdig pipeline every document is parsed and rendered with. Raw HTML is not passed through.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UseWikiLinks()
        .Use<FigureExtension>()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseGenericAttributes() // {#anchor} on headings; must come last
        .DisableHtml()
        .Build();
}
