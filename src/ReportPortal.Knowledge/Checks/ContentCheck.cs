using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Checks;

/// <summary>Everything wrong with a content folder, found the way the index build finds it, without writing an index:
/// schema errors, duplicate ids, aliases naming two documents, unknown relation types or targets, broken links, and
/// citations that do not support what they are cited for (<see cref="CitationCheck"/>).</summary>
public static class ContentCheck
{
    public static IReadOnlyList<ContentProblem> Run(string contentPath)
    {
        var content = ContentLoader.Load(contentPath);
        var problems = new List<ContentProblem>(content.Problems);
        var rendered = new RenderPipeline().Render(content, problems);
        CitationCheck.Run(content, rendered, contentPath, problems);
        return [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
    }
}
