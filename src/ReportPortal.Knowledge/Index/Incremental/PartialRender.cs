using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Index.Incremental;

/// <summary>The steps of <see cref="RenderPipeline"/> for any subset of a content set's documents: parse (which gives
/// a document's link target), then add automatic links, place figures, resolve links and render, each document with
/// its own problem lists so that the full build's order of problems can be put together again (all parse problems in
/// document order, then all link and figure problems in document order). The steps touch nothing but the document
/// they work on, so rendering a subset gives the same documents as rendering all.
/// <para>Mirrors <c>RenderPipeline.Render</c>; where that leaves a failing document out, this throws
/// <see cref="IncrementalFallbackException"/> and the caller builds in full.</para></summary>
internal sealed class PartialRender(ContentSet content, AutoLinker autoLinker, IReadOnlyDictionary<string, LinkTarget> targets)
{
    private readonly DocumentRenderer _renderer = new();
    private readonly LinkResolver _resolver = new(targets);
    private readonly ILookup<string, Figure> _figures = content.Figures.Where(f => f.Chapter is not null).ToLookup(f => f.Chapter!);

    /// <summary>The parse step (anchors and inert content), with its problems.</summary>
    public static (ParsedDocument Parsed, List<ContentProblem> Problems) Parse(DocumentRenderer renderer, ContentDocument doc)
    {
        var problems = new List<ContentProblem>();
        try
        {
            return (renderer.Parse(doc, problems), problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new IncrementalFallbackException($"{doc.Path} could not be parsed", ex);
        }
    }

    /// <summary>Every step after parsing, for one document.</summary>
    public (RenderedDocument Rendered, DocumentFacts Facts) Finish(ParsedDocument parsed, LinkTarget target, IReadOnlyList<ContentProblem> parseProblems)
    {
        var source = parsed.Source;
        try
        {
            autoLinker.Apply(parsed);
            var references = parsed.Links.Select(l => l.TargetId).ToHashSet(StringComparer.Ordinal);
            var problems = new List<ContentProblem>();
            if (source.Kind == DocumentKind.Chapter)
            {
                FigurePlacement.Place(parsed, _figures[source.Id], problems);
            }

            _resolver.Resolve(parsed, problems);
            var rendered = _renderer.Render(parsed);
            return (rendered, new DocumentFacts(target, references, DocumentFacts.MentionsOf(rendered), parseProblems, problems));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not IncrementalFallbackException)
        {
            throw new IncrementalFallbackException($"{source.Path} could not be rendered", ex);
        }
    }

    /// <summary>Every id a link may name, alternate ids included, as <c>RenderPipeline</c> builds it: ids first, then
    /// alternate ids in document order, the first document to claim one keeping it.</summary>
    public static Dictionary<string, LinkTarget> LinkTargets(IEnumerable<ContentDocument> documents, Func<ContentDocument, LinkTarget> targetOf)
    {
        var ordered = documents.ToList();
        var targets = ordered.ToDictionary(d => d.Id, targetOf, StringComparer.Ordinal);
        foreach (var doc in ordered)
        {
            foreach (var alternate in doc.AlternateIds)
            {
                targets.TryAdd(alternate, targets[doc.Id]);
            }
        }

        return targets;
    }
}

/// <summary>An edit the incremental update does not handle: the caller builds the index in full instead.</summary>
public sealed class IncrementalFallbackException : Exception
{
    public IncrementalFallbackException()
    {
    }

    public IncrementalFallbackException(string message)
        : base(message)
    {
    }

    public IncrementalFallbackException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
