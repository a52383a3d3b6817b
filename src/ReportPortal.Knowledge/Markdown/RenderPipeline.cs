using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Turns loaded content into rendered documents, in the order links need: parse every document, add
/// automatic links and figures, resolve every link against all documents, then render. Each step runs per document
/// behind one guard: a document whose step throws is reported with its file and left out, and every other document
/// goes on. The index build and the <c>check</c> command both use this class, so they find the same problems.</summary>
public sealed class RenderPipeline
{
    private readonly DocumentRenderer _renderer = new();

    /// <summary>Renders every document of <paramref name="content"/>; problems found on the way (broken links,
    /// dropped attributes, unsafe URLs, documents left out) are added to <paramref name="problems"/>.</summary>
    public List<RenderedDocument> Render(ContentSet content, List<ContentProblem> problems, Diagnostics.BuildProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(problems);
        var parsed = Each(content.Documents, problems, d => d, d => _renderer.Parse(d, problems), "parsed");
        var resolver = new LinkResolver(LinkTargets(parsed));
        var autoLinker = new AutoLinker([.. parsed.Select(p => p.Source)]);
        parsed = Each(parsed, problems, p => p.Source, p => { autoLinker.Apply(p); return p; }, "linked");

        var figuresByChapter = content.Figures.Where(f => f.Chapter is not null).ToLookup(f => f.Chapter!);
        parsed = Each(parsed, problems, p => p.Source, p =>
        {
            if (p.Source.Kind == DocumentKind.Chapter)
            {
                FigurePlacement.Place(p, figuresByChapter[p.Source.Id], problems);
            }

            resolver.Resolve(p, problems);
            return p;
        }, "resolved");
        progress?.Enter("rendering", parsed.Count);
        return Each(parsed, problems, p => p.Source, p =>
        {
            progress?.Advance();
            return _renderer.Render(p);
        }, "rendered");
    }

    /// <summary>Runs <paramref name="step"/> on each item; an item whose step throws is reported and left out.</summary>
    private static List<TOut> Each<TIn, TOut>(IEnumerable<TIn> items, List<ContentProblem> problems, Func<TIn, ContentDocument> sourceOf,
        Func<TIn, TOut> step, string verb)
    {
        var output = new List<TOut>();
        foreach (var item in items)
        {
            try
            {
                output.Add(step(item));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                var source = sourceOf(item);
                problems.Add(new ContentProblem(source.Path, source.BodyLine, ProblemSeverity.Error,
                    $"the document could not be {verb} ({ex.GetType().Name}: {ex.Message.Split('\n', 2)[0]}); it is left out"));
            }
        }

        return output;
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
