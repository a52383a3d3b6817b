using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Turns loaded content into rendered documents, in the order links need: parse every document, add
/// automatic links and figures, resolve every link against all documents, then render. The index build and the
/// <c>check</c> command both use it, so they find the same problems.</summary>
public sealed class RenderPipeline
{
    private readonly DocumentRenderer _renderer = new();

    /// <summary>Renders every document of <paramref name="content"/>; problems found on the way (broken links,
    /// missing sections) are added to <paramref name="problems"/>.</summary>
    public List<RenderedDocument> Render(ContentSet content, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(content);
        var parsed = content.Documents.Select(_renderer.Parse).ToList();
        var resolver = new LinkResolver(LinkTargets(parsed));
        var autoLinker = new AutoLinker(content.Documents);
        foreach (var doc in parsed)
        {
            autoLinker.Apply(doc);
        }

        var figuresByChapter = content.Figures.Where(f => f.Chapter is not null).ToLookup(f => f.Chapter!);
        foreach (var doc in parsed.Where(p => p.Source.Kind == DocumentKind.Chapter))
        {
            FigurePlacement.Place(doc, figuresByChapter[doc.Source.Id], problems);
        }

        foreach (var doc in parsed)
        {
            resolver.Resolve(doc, problems);
        }

        return [.. parsed.Select(_renderer.Render)];
    }

    /// <summary>Every id a link may name, alternate ids included, with what a link to it needs.</summary>
    private static Dictionary<string, LinkTarget> LinkTargets(List<ParsedDocument> parsed)
    {
        var targets = parsed.ToDictionary(p => p.Source.Id, p => p.AsLinkTarget(), StringComparer.Ordinal);
        foreach (var doc in parsed)
        {
            foreach (var alternate in doc.Source.AlternateIds)
            {
                targets.TryAdd(alternate, targets[doc.Source.Id]);
            }
        }

        return targets;
    }
}
