using System.Diagnostics;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Diagnostics;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Index.Incremental;

/// <summary>What an incremental update did.</summary>
public sealed record IncrementalResult(IndexStatus Index, ContentState State, int ChangedFiles, int RenderedDocuments)
{
    public override string ToString() =>
        $"incremental: {ChangedFiles} file{(ChangedFiles == 1 ? "" : "s")} changed, {RenderedDocuments} document{(RenderedDocuments == 1 ? "" : "s")} rendered, {Index.Elapsed.TotalMilliseconds:0} ms";
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
        progress?.Enter("comparing", previous.Files.Count);
        var (files, others, changedFiles) = Rescan(previous);
        var content = ContentFiles.Assemble(files, previous.Data);
        var plan = UpdatePlan.Make(previous, content);
        if (plan.Affected.Count > MaxRendered(content.Documents.Count))
        {
            throw new IncrementalFallbackException($"{plan.Affected.Count} documents would be rendered again");
        }

        progress?.Enter("rendering", plan.Affected.Count);
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

        var state = new ContentState(previous.Root, files, others, previous.Data, content, facts, plan.AutoLinker, plan.Targets);
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
            }.WriteInto(previousIndexPath, indexPath);
        }

        var status = new IndexStatus(Path.GetFullPath(indexPath), fingerprint, true, clock.Elapsed, content.Documents.Count, state.Problems);
        return new IncrementalResult(status, state, changedFiles, rendered.Count);
    }

    /// <summary>The Markdown files now, reusing the previous result of every file whose bytes are unchanged.</summary>
    private static (List<LoadedFile> Files, Dictionary<string, byte[]> Others, int Changed) Rescan(ContentState previous)
    {
        var root = previous.Root;
        var markdown = ContentFiles.MarkdownFiles(root);
        var others = ContentFiles.OtherFiles(root, markdown.ToHashSet(StringComparer.Ordinal));
        if (others.Count != previous.OtherFiles.Count
            || others.Any(o => !previous.OtherFiles.TryGetValue(o.Key, out var hash) || !hash.AsSpan().SequenceEqual(o.Value)))
        {
            throw new IncrementalFallbackException("a data file changed");
        }

        var before = previous.Files.ToDictionary(f => f.Relative, StringComparer.Ordinal);
        var files = new List<LoadedFile>(markdown.Count);
        var changed = 0;
        foreach (var file in markdown)
        {
            var hash = ContentFiles.Hash(file);
            if (before.Remove(ContentFiles.Relative(root, file), out var old) && old.Hash.AsSpan().SequenceEqual(hash))
            {
                files.Add(old);
                continue;
            }

            if (++changed > MaxChangedFiles)
            {
                throw new IncrementalFallbackException($"more than {MaxChangedFiles} files changed");
            }

            files.Add(ContentFiles.Read(root, file, hash));
        }

        changed += before.Count; // deleted
        return changed is 0 or > MaxChangedFiles
            ? throw new IncrementalFallbackException(changed == 0 ? "no Markdown file changed" : $"more than {MaxChangedFiles} files changed")
            : (files, others, changed);
    }
}
