using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Index.Incremental;

/// <summary>What a build of one content version knew, kept in memory so that the next version can be written as a
/// patch: every file's hash and loaded document, the content set, each document's <see cref="DocumentFacts"/>, the
/// automatic-link automaton and link targets, and every problem in the order the index stores them. Never changed
/// once made; an update makes a new one.</summary>
public sealed class ContentState
{
    internal ContentState(string root, DateTime scannedAt, IReadOnlyList<LoadedFile> files, IReadOnlyDictionary<string, FileStamp> otherFiles,
        LoadedData data, ContentSet content, IReadOnlyDictionary<string, DocumentFacts> facts, AutoLinker autoLinker,
        IReadOnlyDictionary<string, LinkTarget> targets)
    {
        Root = root;
        ScannedAt = scannedAt;
        Files = files;
        OtherFiles = otherFiles;
        Data = data;
        Content = content;
        Facts = facts;
        AutoLinker = autoLinker;
        Targets = targets;
        Problems = AllProblems(content, facts);
    }

    internal string Root { get; }

    /// <summary>When the files were last looked at (UTC): stamps are trusted only for files written well before.</summary>
    internal DateTime ScannedAt { get; }

    /// <summary>The Markdown files, in the loader's order.</summary>
    internal IReadOnlyList<LoadedFile> Files { get; }

    internal IReadOnlyDictionary<string, FileStamp> OtherFiles { get; }

    internal LoadedData Data { get; }

    internal ContentSet Content { get; }

    /// <summary>By document id.</summary>
    internal IReadOnlyDictionary<string, DocumentFacts> Facts { get; }

    internal AutoLinker AutoLinker { get; }

    internal IReadOnlyDictionary<string, LinkTarget> Targets { get; }

    /// <summary>Every problem, as the full build reports them: the loader's, then parse problems, then link problems.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    public int DocumentCount => Content.Documents.Count;

    internal static List<ContentProblem> AllProblems(ContentSet content, IReadOnlyDictionary<string, DocumentFacts> facts) =>
    [
        .. content.Problems,
        .. content.Documents.SelectMany(d => facts[d.Id].ParseProblems),
        .. content.Documents.SelectMany(d => facts[d.Id].ResolveProblems),
    ];

    /// <summary>Reads and renders the whole content folder to learn what a full build of it knows (nothing is written).
    /// Throws <see cref="IncrementalFallbackException"/> when a document cannot be rendered: a full build leaves it
    /// out, which this state does not model.</summary>
    public static ContentState Capture(string contentPath)
    {
        var root = Path.GetFullPath(contentPath);
        var scannedAt = DateTime.UtcNow;
        var markdown = ContentFiles.MarkdownFiles(root);
        var files = markdown.Select(f => ContentFiles.Read(root, f, FileStamp.Of(f))).ToList();
        var others = ContentFiles.OtherFiles(root, markdown).ToDictionary(o => o.Key, o => FileStamp.Of(o.Value), StringComparer.Ordinal);
        var data = ContentFiles.ReadData(root);
        var content = ContentFiles.Assemble(files, data);

        var renderer = new DocumentRenderer();
        var parsed = content.Documents.Select(d => PartialRender.Parse(renderer, d)).ToList();
        var ownTargets = parsed.ToDictionary(p => p.Parsed.Source.Id, p => p.Parsed.AsLinkTarget(), StringComparer.Ordinal);
        var targets = PartialRender.LinkTargets(content.Documents, d => ownTargets[d.Id]);
        var autoLinker = new AutoLinker(content.Documents);
        var render = new PartialRender(content, autoLinker, targets);
        var facts = parsed.ToDictionary(p => p.Parsed.Source.Id, p => render.Finish(p.Parsed, ownTargets[p.Parsed.Source.Id], p.Problems).Facts,
            StringComparer.Ordinal);
        return new ContentState(root, scannedAt, files, others, data, content, facts, autoLinker, targets);
    }
}
