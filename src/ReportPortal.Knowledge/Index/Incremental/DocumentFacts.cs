using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Index.Incremental;

/// <summary>What rendering one document found out that another document's change can invalidate: what a link to it
/// shows (<see cref="Target"/>), which ids its links name (explicit and automatic, before resolution, broken ones
/// too), the text automatic links are found in, and the problems its parse and link resolution raised.</summary>
internal sealed record DocumentFacts(
    LinkTarget Target,
    IReadOnlySet<string> References,
    string Mentions,
    IReadOnlyList<ContentProblem> ParseProblems,
    IReadOnlyList<ContentProblem> ResolveProblems)
{
    /// <summary>Equal link targets: same id, kind, title and section anchors (the record compares the set by reference).</summary>
    public static bool SameTarget(LinkTarget? a, LinkTarget? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Id == b.Id && a.Kind == b.Kind
            && string.Equals(a.Title, b.Title, StringComparison.Ordinal) && a.Anchors.SetEquals(b.Anchors));

    /// <summary>The names <see cref="AutoLinker"/> considers for a document, as it picks them (title, English name,
    /// aliases; the first spelling of each name, ignoring case), with whether <c>no_autolink</c> excludes each. Chapters
    /// give none. Two versions of a document whose entries differ change the automatic links of every text that holds
    /// one of the differing names, and only those.</summary>
    public static IEnumerable<NameEntry> NameEntries(ContentDocument doc)
    {
        if (doc.Kind == DocumentKind.Chapter)
        {
            return [];
        }

        var excluded = doc.NoAutolink.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new[] { doc.Title, doc.TitleEn }.OfType<string>().Concat(doc.Aliases).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new NameEntry(name.ToLowerInvariant(), name, doc.Id, excluded.Contains(name)));
    }

    /// <summary>The mention text kept for a rendered document: its sections' plain text, lower case (what the
    /// automaton matches against; every text node the auto-linker reads is in it).</summary>
    public static string MentionsOf(RenderedDocument rendered) =>
        string.Join('\n', rendered.Sections.Select(s => s.Text)).ToLowerInvariant();
}

/// <summary>One name an automatic link may be made from, as <see cref="DocumentFacts.NameEntries"/> gives it.</summary>
internal readonly record struct NameEntry(string Key, string Name, string DocumentId, bool Excluded);
