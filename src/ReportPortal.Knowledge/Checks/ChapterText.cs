using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Checks;

/// <summary>The rendered chapters, for the citation check: the text of a cited place (a section with its subsections,
/// or a whole chapter) and the documents it links to.</summary>
internal sealed class ChapterText
{
    private readonly Dictionary<string, RenderedDocument> _chapters;

    public ChapterText(IEnumerable<RenderedDocument> rendered) =>
        _chapters = rendered.Where(r => r.Source.Kind == Content.DocumentKind.Chapter).ToDictionary(r => r.Source.Id, StringComparer.Ordinal);

    public bool HasChapter(string id) => _chapters.ContainsKey(id);

    public bool HasSection(string chapter, string anchor) =>
        _chapters.TryGetValue(chapter, out var doc) && doc.Sections.Any(s => s.Anchor == anchor);

    /// <summary>The text of a place and the ids it links to, or null when the place does not exist.</summary>
    public (string Text, HashSet<string> Links)? Place(string chapter, string? anchor)
    {
        if (!_chapters.TryGetValue(chapter, out var doc))
        {
            return null;
        }

        var start = anchor is null ? 0 : doc.Sections.ToList().FindIndex(s => s.Anchor == anchor);
        if (start < 0)
        {
            return null;
        }

        var end = doc.Sections.Count;
        if (anchor is not null)
        {
            var level = doc.Sections[start].Level;
            for (var i = start + 1; i < doc.Sections.Count; i++)
            {
                if (doc.Sections[i].Level <= level)
                {
                    end = i;
                    break;
                }
            }
        }

        var sections = doc.Sections.Skip(start).Take(end - start).ToList();
        var anchors = sections.Select(s => s.Anchor).ToHashSet(StringComparer.Ordinal);
        var text = string.Join("\n", sections.Select(s => s.Title + "\n" + s.Text));
        var links = doc.Links.Where(l => !l.IsBroken && anchors.Contains(l.SectionAnchor)).Select(l => l.TargetId).ToHashSet(StringComparer.Ordinal);
        return (text, links);
    }
}
