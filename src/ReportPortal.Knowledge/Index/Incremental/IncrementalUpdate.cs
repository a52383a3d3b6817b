using System.Diagnostics;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Diagnostics;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Index.Incremental;

/// <summary>What an incremental update did.</summary>
public sealed record IncrementalResult(IndexStatus Index, ContentState State, int ChangedFiles, int RenderedDocuments, string Timings)
{
    public override string ToString() =>
        $"incremental: {ChangedFiles} file{(ChangedFiles == 1 ? "" : "s")} changed, {RenderedDocuments} document{(RenderedDocuments == 1 ? "" : "s")} rendered, {Index.Elapsed.TotalMilliseconds:0} ms ({Timings})";
}

/// <summary>Milliseconds per step of an update, for the log and the benchmark.</summary>
internal sealed class Phases
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _ended = [];

    public void End(string name)
    {
        _ended.Add($"{name} {_clock.ElapsedMilliseconds}");
        _clock.Restart();
    }

    public override string ToString() => string.Join(", ", _ended) + " ms";
}

/// <summary>Writes the index of a new content version as a patch on the previous version's index file, when only a
/// few Markdown files changed. It re-renders the changed documents and those the change reaches: documents whose
/// links name a document whose link target changed (title, kind, anchors, existence, alternate ids: backlinks and
/// broken links) and documents whose text holds a name whose automatic-link entry changed (a title, English name or
/// alias added, removed, moved or excluded). Their rows and search rows are replaced in a copy of the previous file,
/// with the whole-content tables, in one transaction; the copy is moved into place when complete.
/// Anything else (a data file, a document that fails to render, many files) throws
/// <see cref="IncrementalFallbackException"/>, and the caller builds in full.</summary>
public static class IncrementalUpdate
{
    /// <summary>More changed Markdown files than this are built in full.</summary>
    public const int MaxChangedFiles = 50;

    /// <summary>When more documents than this must be rendered again, a full build is about as fast.</summary>
    public static int MaxRendered(int documents) => Math.Max(200, documents / 4);

    public static IncrementalResult Apply(ContentState previous, string previousIndexPath, string indexPath, string fingerprint, BuildProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var clock = Stopwatch.StartNew();
        var phases = new Phases();
        progress?.Enter("comparing", previous.Files.Count);
        var scannedAt = DateTime.UtcNow;
        var (files, others, changedFiles) = Rescan(previous, scannedAt);
        var content = ContentFiles.Assemble(files, previous.Data);
        phases.End("scan");
        var plan = UpdatePlan.Make(previous, content);
        if (plan.Affected.Count > MaxRendered(content.Documents.Count))
        {
            throw new IncrementalFallbackException($"{plan.Affected.Count} documents would be rendered again");
        }

        phases.End("plan");
        progress?.Enter("rendering", plan.Affected.Count);
        var (rendered, facts) = Render(previous, content, plan, progress);
        var state = new ContentState(previous.Root, scannedAt, files, others, previous.Data, content, facts, plan.AutoLinker, plan.Targets);
        phases.End("render");
        progress?.Enter("indexing", rendered.Count);
        if (IndexFile.StoredFingerprint(indexPath) != fingerprint)
        {
            new IndexPatch
            {
                Removed = plan.Removed,
                Existing = previous.Facts.Keys.ToHashSet(StringComparer.Ordinal),
                Rendered = rendered,
                Before = previous.Content,
                After = content,
                ProblemsBefore = previous.Problems,
                ProblemsAfter = state.Problems,
                Fingerprint = fingerprint,
            }.WriteInto(previousIndexPath, indexPath, phases);
        }

        var status = new IndexStatus(Path.GetFullPath(indexPath), fingerprint, true, clock.Elapsed, content.Documents.Count, state.Problems);
        return new IncrementalResult(status, state, changedFiles, rendered.Count, phases.ToString());
    }

    /// <summary>Renders the affected documents in document order; the facts of every other document are kept.</summary>
    private static (List<RenderedDocument>, Dictionary<string, DocumentFacts>) Render(ContentState previous, ContentSet content, UpdatePlan plan, BuildProgress? progress)
    {
        var render = new PartialRender(content, plan.AutoLinker, plan.Targets);
        var facts = previous.Facts.Where(f => !plan.Removed.Contains(f.Key)).ToDictionary(StringComparer.Ordinal);
        var rendered = new List<RenderedDocument>();
        foreach (var doc in content.Documents.Where(d => plan.Affected.Contains(d.Id)))
        {
            var (parsed, parseProblems) = plan.Parsed.TryGetValue(doc.Id, out var p) ? p : PartialRender.Parse(plan.Renderer, doc);
            var (document, documentFacts) = render.Finish(parsed, plan.OwnTargets.GetValueOrDefault(doc.Id) ?? facts[doc.Id].Target, parseProblems);
            rendered.Add(document);
            facts[doc.Id] = documentFacts;
            progress?.Advance();
        }

        return (rendered, facts);
    }

    /// <summary>The Markdown files now, reusing the previous result of every file whose bytes are unchanged.</summary>
    private static (List<LoadedFile> Files, Dictionary<string, FileStamp> Others, int Changed) Rescan(ContentState previous, DateTime scannedAt)
    {
        var root = previous.Root;
        var markdown = ContentFiles.MarkdownFiles(root);
        var others = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var current = ContentFiles.OtherFiles(root, markdown);
        foreach (var (relative, info) in current)
        {
            if (!previous.OtherFiles.TryGetValue(relative, out var stamp) || !stamp.Matches(info, previous.ScannedAt, out var now))
            {
                throw new IncrementalFallbackException("a data file changed");
            }

            others[relative] = now;
        }

        if (current.Count != previous.OtherFiles.Count)
        {
            throw new IncrementalFallbackException("a data file changed");
        }

        var before = previous.Files.ToDictionary(f => f.Relative, StringComparer.Ordinal);
        var files = new List<LoadedFile>(markdown.Count);
        var changed = 0;
        foreach (var info in markdown)
        {
            if (before.Remove(ContentFiles.Relative(root, info.FullName), out var old) && old.Stamp.Matches(info, previous.ScannedAt, out var stamp))
            {
                files.Add(ReferenceEquals(stamp, old.Stamp) ? old : old with { Stamp = stamp });
                continue;
            }

            if (++changed > MaxChangedFiles)
            {
                throw new IncrementalFallbackException($"more than {MaxChangedFiles} files changed");
            }

            files.Add(ContentFiles.Read(root, info, FileStamp.Of(info)));
        }

        changed += before.Count; // deleted
        return changed is 0 or > MaxChangedFiles
            ? throw new IncrementalFallbackException(changed == 0 ? "no Markdown file changed" : $"more than {MaxChangedFiles} files changed")
            : (files, others, changed);
    }
}
