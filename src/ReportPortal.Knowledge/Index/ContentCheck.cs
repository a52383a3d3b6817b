using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Index;

/// <summary>Everything wrong with a content folder, as the index build would find it, without writing an index:
/// schema errors, duplicate ids, aliases naming two documents, unknown relation types or targets, broken links.</summary>
public static class ContentCheck
{
    public static IReadOnlyList<ContentProblem> Run(string contentPath)
    {
        var content = ContentLoader.Load(contentPath);
        var problems = new List<ContentProblem>(content.Problems);
        IndexBuilder.Render(content, problems);
        return [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
    }
}
