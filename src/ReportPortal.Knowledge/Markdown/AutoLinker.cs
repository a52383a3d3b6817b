using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Turns the first mention in each section of any document's title or alias into a link to it, unless the
/// section already links there. One pass per text with an <see cref="AhoCorasick"/> automaton built once over every
/// name. The longest match wins; Latin names match only at word boundaries, and short all-capital ones (AI, MS) only
/// in the same case; names listed in <c>no_autolink</c>, chapter titles and names under two characters are never used.
/// No links in headings, code, existing links, or to the page itself.</summary>
public sealed class AutoLinker
{
    private readonly AhoCorasick _matcher;
    private readonly List<(string Name, string TargetId, bool ExactCase)> _names = [];

    public AutoLinker(IEnumerable<ContentDocument> documents)
    {
        foreach (var doc in documents.Where(d => d.Kind != DocumentKind.Chapter))
        {
            var excluded = doc.NoAutolink.ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var name in new[] { doc.Title, doc.TitleEn }.OfType<string>().Concat(doc.Aliases).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!excluded.Contains(name) && IsLinkable(name))
                {
                    _names.Add((name, doc.Id, IsAbbreviation(name)));
                }
            }
        }

        _matcher = new AhoCorasick([.. _names.Select(n => n.Name.ToLowerInvariant())]);
    }

    public int NameCount => _names.Count;

    private static bool IsLinkable(string name) =>
        name.Trim().Length == name.Length && name.Length >= 2 && name.Any(char.IsLetter) && !name.Contains('\n', StringComparison.Ordinal);

    private static bool IsAbbreviation(string name) => name.Length <= 4 && name.All(c => !char.IsLower(c));

    /// <summary>Adds automatic links to a parsed document. Call before links are resolved.</summary>
    public void Apply(ParsedDocument document)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var sectionBlocks = new List<Block>();
        foreach (var block in document.Ast.ToList())
        {
            if (block is HeadingBlock)
            {
                LinkSection(sectionBlocks, document.Source.Id, linked);
                sectionBlocks.Clear();
                linked.Clear();
                continue;
            }

            sectionBlocks.Add(block);
        }

        LinkSection(sectionBlocks, document.Source.Id, linked);
    }

    private void LinkSection(List<Block> blocks, string selfId, HashSet<string> linked)
    {
        var leaves = blocks.SelectMany(b => b is ContainerBlock c ? c.Descendants<LeafBlock>() : b is LeafBlock l ? [l] : []).ToList();
        foreach (var leaf in leaves.Where(l => l.Inline is not null))
        {
            foreach (var link in leaf.Inline!.FindDescendants<WikiLink>())
            {
                linked.Add(link.TargetId);
            }
        }

        linked.Add(selfId);
        foreach (var leaf in leaves.Where(l => l is not CodeBlock && l.Inline is not null))
        {
            foreach (var literal in leaf.Inline!.FindDescendants<LiteralInline>().ToList())
            {
                if (!InsideLink(literal))
                {
                    LinkLiteral(literal, linked);
                }
            }
        }
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    private void LinkLiteral(LiteralInline literal, HashSet<string> linked)
    {
        var text = literal.Content.ToString();
        var chosen = new List<(int Start, int Length, string TargetId)>();
        var taken = -1;
        foreach (var (start, pattern) in _matcher.Matches(text.ToLowerInvariant())
                     .Select(m => (m.Start, m.Pattern, Length: _names[m.Pattern].Name.Length))
                     .OrderBy(m => m.Start).ThenByDescending(m => m.Length).Select(m => (m.Start, m.Pattern)))
        {
            var (name, target, exactCase) = _names[pattern];
            if (start <= taken || !Fits(text, start, name, exactCase))
            {
                continue;
            }

            taken = start + name.Length - 1; // the longest name here owns these characters, linked or not
            if (linked.Add(target))
            {
                chosen.Add((start, name.Length, target));
            }
        }

        if (chosen.Count == 0)
        {
            return;
        }

        Inline current = literal;
        var position = 0;
        literal.Content = new StringSlice(text[..chosen[0].Start]);
        foreach (var (start, length, target) in chosen)
        {
            if (start > position && current != literal)
            {
                var between = new LiteralInline(text[position..start]);
                current.InsertAfter(between);
                current = between;
            }

            var link = new WikiLink { TargetId = target, Label = text.Substring(start, length), IsAutomatic = true, Line = literal.Line };
            current.InsertAfter(link);
            current = link;
            position = start + length;
        }

        if (position < text.Length)
        {
            current.InsertAfter(new LiteralInline(text[position..]));
        }
    }

    /// <summary>Latin names need word boundaries (AI must not match inside OpenAI); abbreviations need the same case.</summary>
    private static bool Fits(string text, int start, string name, bool exactCase)
    {
        if (exactCase && string.CompareOrdinal(text, start, name, 0, name.Length) != 0)
        {
            return false;
        }

        var end = start + name.Length;
        var latinStart = !CjkText.IsCjk(name[0]);
        var latinEnd = !CjkText.IsCjk(name[^1]);
        return (!latinStart || start == 0 || !IsWordCharacter(text[start - 1]))
            && (!latinEnd || end == text.Length || !IsWordCharacter(text[end]));
    }

    /// <summary>A letter or digit that continues a Latin word; Chinese characters do not (微软投资了OpenAI links OpenAI).</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) && !CjkText.IsCjk(c);
}
