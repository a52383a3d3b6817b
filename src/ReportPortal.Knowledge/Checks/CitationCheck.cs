using System.Text.RegularExpressions;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Checks;

/// <summary>Every claim traceable to the place it cites. A relation's cited section (with its subsections, as
/// rendered; a whole chapter when it cites one) must mention the relation's other end — by title, English name or
/// alias, or by a link to it; each entry of a page's <c>sources</c> must mention the page itself; and every place a
/// page's text cites in parentheses (<c>（一、前世今生 1.3.1、1.3.3）</c>, <c>（十四、5.1）</c>, <c>（1.3.3）</c>) must exist.
/// A citation with bare section numbers refers to the chapter named last before it in the same paragraph, or else
/// earlier on the page.</summary>
public static partial class CitationCheck
{
    [GeneratedRegex(@"（([^（）]*?)）")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^([一二三四五六七八九十]+)、")]
    private static partial Regex ChapterNumeral();

    public static void Run(ContentSet content, IReadOnlyList<RenderedDocument> rendered, string contentPath, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(problems);
        var chapters = new ChapterText(rendered);
        var designators = Designators(content);
        foreach (var doc in content.Documents.Where(d => d.Kind != DocumentKind.Chapter))
        {
            var lines = new Lazy<string[]>(() => ReadLines(contentPath, doc.Path));
            CheckRelations(doc, content, chapters, problems);
            CheckSources(doc, chapters, lines, problems);
            CheckBody(doc, chapters, designators, problems);
        }
    }

    private static void CheckRelations(ContentDocument doc, ContentSet content, ChapterText chapters, List<ContentProblem> problems)
    {
        foreach (var relation in doc.Relations.Where(r => r.Source is not null && content.ById.ContainsKey(r.Target)))
        {
            var source = SourceReference.Parse(relation.Source!);
            var target = content.ById[relation.Target];
            var message = chapters.Place(source.ChapterId, source.Anchor) switch
            {
                null => $"{relation.Type} {relation.Target}: the cited place {source} does not exist",
                var (text, links) when !Mentions(text, links, target) => $"{relation.Type} {relation.Target} is not mentioned in {source}",
                _ => null,
            };
            if (message is not null)
            {
                problems.Add(new ContentProblem(doc.Path, relation.Line, ProblemSeverity.Warning, message));
            }
        }
    }

    private static void CheckSources(ContentDocument doc, ChapterText chapters, Lazy<string[]> lines, List<ContentProblem> problems)
    {
        foreach (var entry in doc.Sources)
        {
            var source = SourceReference.Parse(entry);
            var message = chapters.Place(source.ChapterId, source.Anchor) switch
            {
                null => $"source {entry} does not exist",
                var (text, links) when !Mentions(text, links, doc) => $"source {entry} does not mention {doc.Id}",
                _ => null,
            };
            if (message is not null)
            {
                var line = Array.FindIndex(lines.Value, l => l.Contains(entry, StringComparison.Ordinal)) + 1;
                problems.Add(new ContentProblem(doc.Path, Math.Max(line, 1), ProblemSeverity.Warning, message));
            }
        }
    }

    private static void CheckBody(ContentDocument doc, ChapterText chapters, IReadOnlyList<(string Prefix, string Chapter)> designators, List<ContentProblem> problems)
    {
        string? current = null;
        var bodyLines = doc.Body.Split('\n');
        for (var i = 0; i < bodyLines.Length; i++)
        {
            foreach (Match match in Parenthesis().Matches(bodyLines[i]))
            {
                foreach (var part in match.Groups[1].Value.Split('；', ';'))
                {
                    var (chapter, rest) = ChapterOf(part.Trim(), designators);
                    current = chapter ?? current;
                    var refs = rest.Split(['、', '，', ',', ' '], StringSplitOptions.RemoveEmptyEntries);
                    if ((chapter is null && !refs.All(r => SectionNumber().IsMatch(r))) || refs.Length == 0)
                    {
                        continue; // not a citation, or a chapter cited as a whole
                    }

                    foreach (var section in refs.Where(r => SectionNumber().IsMatch(r)))
                    {
                        var message = (chapter ?? current) is not { } target ? $"citation （{part.Trim()}） names no chapter"
                            : chapters.HasSection(target, section.Replace('.', '-')) ? null
                            : $"cited section {section} does not exist in {target}";
                        if (message is not null)
                        {
                            problems.Add(new ContentProblem(doc.Path, doc.BodyLine + i, ProblemSeverity.Warning, message));
                        }
                    }
                }
            }
        }
    }

    /// <summary>How content names a chapter: its full title (<c>一、前世今生</c>, <c>附件：问与答</c>) or its number
    /// (<c>十四、</c>), longest first.</summary>
    private static List<(string Prefix, string Chapter)> Designators(ContentSet content) =>
        [.. content.Documents.Where(d => d.Kind == DocumentKind.Chapter)
            .SelectMany(d => new[] { (d.Title, d.Id) }.Concat(
                d.Number is { Length: > 0 } n && n != "附件" && ChapterNumeral().IsMatch(d.Title) ? [(n + "、", d.Id)] : []))
            .OrderByDescending(p => p.Item1.Length)];

    private static (string? Chapter, string Remainder) ChapterOf(string text, IReadOnlyList<(string Prefix, string Chapter)> designators)
    {
        foreach (var (prefix, chapter) in designators)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (chapter, text[prefix.Length..]);
            }
        }

        return (null, text);
    }

    private static bool Mentions(string text, HashSet<string> links, ContentDocument target) =>
        links.Contains(target.Id) || target.AlternateIds.Any(links.Contains)
        || new[] { target.Title, target.TitleEn }.Concat(target.Aliases).OfType<string>()
            .Any(name => name.Length > 0 && text.Contains(name, StringComparison.OrdinalIgnoreCase));

    private static string[] ReadLines(string contentPath, string relative)
    {
        try
        {
            return File.ReadAllLines(Path.Combine(contentPath, relative));
        }
        catch (IOException)
        {
            return [];
        }
    }
}
