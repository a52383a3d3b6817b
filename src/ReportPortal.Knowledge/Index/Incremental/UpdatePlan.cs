using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Index.Incremental;

/// <summary>Which documents a new content version makes stale, and what rendering them needs: the documents changed
/// (new, edited, or with aliases freed or taken by another file's edit), parsed; the documents gone; the new link
/// targets and automatic-link automaton; and every document to render again (<see cref="Affected"/>).</summary>
internal sealed class UpdatePlan
{
    private UpdatePlan(DocumentRenderer renderer, HashSet<string> removed, Dictionary<string, (ParsedDocument, List<ContentProblem>)> parsed,
        Dictionary<string, LinkTarget> ownTargets, Dictionary<string, LinkTarget> targets, AutoLinker autoLinker, HashSet<string> affected)
    {
        Renderer = renderer;
        Removed = removed;
        Parsed = parsed;
        OwnTargets = ownTargets;
        Targets = targets;
        AutoLinker = autoLinker;
        Affected = affected;
    }

    public DocumentRenderer Renderer { get; }

    /// <summary>Ids of the previous version that are gone.</summary>
    public HashSet<string> Removed { get; }

    /// <summary>The changed documents, parsed, with their parse problems.</summary>
    public Dictionary<string, (ParsedDocument Parsed, List<ContentProblem> Problems)> Parsed { get; }

    /// <summary>The link targets of the changed documents.</summary>
    public Dictionary<string, LinkTarget> OwnTargets { get; }

    /// <summary>Every id (and alternate id) a link may name, in the new version.</summary>
    public Dictionary<string, LinkTarget> Targets { get; }

    public AutoLinker AutoLinker { get; }

    /// <summary>Every document to render again: the changed ones and those the change reaches.</summary>
    public HashSet<string> Affected { get; }

    public static UpdatePlan Make(ContentState previous, ContentSet content)
    {
        var before = previous.Content.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var changed = content.Documents.Where(d => !before.TryGetValue(d.Id, out var old) || !Same(old, d)).ToList();
        var removed = before.Keys.Except(content.Documents.Select(d => d.Id), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);

        var renderer = new DocumentRenderer();
        var parsed = changed.ToDictionary(d => d.Id, d => PartialRender.Parse(renderer, d), StringComparer.Ordinal);
        var ownTargets = parsed.ToDictionary(p => p.Key, p => p.Value.Parsed.AsLinkTarget(), StringComparer.Ordinal);
        var targets = PartialRender.LinkTargets(content.Documents, d => ownTargets.GetValueOrDefault(d.Id) ?? previous.Facts[d.Id].Target);
        var staleTargets = previous.Targets.Keys.Union(targets.Keys)
            .Where(k => !DocumentFacts.SameTarget(previous.Targets.GetValueOrDefault(k), targets.GetValueOrDefault(k)))
            .ToHashSet(StringComparer.Ordinal);

        var versions = changed.Select(d => (Before: before.GetValueOrDefault(d.Id), After: (ContentDocument?)d))
            .Concat(removed.Select(id => (Before: (ContentDocument?)before[id], After: (ContentDocument?)null)));
        var staleNames = StaleNames(versions);
        var autoLinker = staleNames.Count == 0 ? previous.AutoLinker : new AutoLinker(content.Documents);

        var affected = changed.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var doc in content.Documents.Where(d => !affected.Contains(d.Id)))
        {
            var facts = previous.Facts[doc.Id];
            if (facts.References.Overlaps(staleTargets) || staleNames.Any(name => facts.Mentions.Contains(name, StringComparison.Ordinal)))
            {
                affected.Add(doc.Id);
            }
        }

        return new UpdatePlan(renderer, removed, parsed, ownTargets, targets, autoLinker, affected);
    }

    /// <summary>Two versions of a document are the same when the loader kept the same document for an unchanged
    /// file and name clashes left it the same aliases.</summary>
    private static bool Same(ContentDocument old, ContentDocument now) =>
        ReferenceEquals(old, now) || ((old with { Aliases = now.Aliases }).Equals(now) && old.Aliases.SequenceEqual(now.Aliases, StringComparer.Ordinal));

    /// <summary>The lower-case names whose automatic-link entry differs between the versions of the changed and
    /// removed documents; a document that moved to another file changes the order of its names among equal ones, so
    /// all its names count.</summary>
    private static HashSet<string> StaleNames(IEnumerable<(ContentDocument? Before, ContentDocument? After)> versions)
    {
        var stale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (old, now) in versions)
        {
            var a = old is null ? [] : DocumentFacts.NameEntries(old).ToHashSet();
            var b = now is null ? [] : DocumentFacts.NameEntries(now).ToHashSet();
            var moved = old is not null && now is not null && old.Path != now.Path;
            foreach (var entry in a.Concat(b).Where(e => moved || !a.Contains(e) || !b.Contains(e)))
            {
                stale.Add(entry.Key);
            }
        }

        return stale;
    }
}
