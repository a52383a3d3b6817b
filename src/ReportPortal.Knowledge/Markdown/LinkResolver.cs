using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>The second phase of link handling: with every document parsed, point each <see cref="WikiLink"/>
/// at its target, or leave it broken and report it with file and line.</summary>
public sealed class LinkResolver(IReadOnlyDictionary<string, LinkTarget> targets)
{
    public void Resolve(ParsedDocument document, ICollection<ContentProblem> problems)
    {
        foreach (var link in document.Links)
        {
            var line = document.Source.BodyLine + link.Line;
            if (!targets.TryGetValue(link.TargetId, out var target))
            {
                problems.Add(new ContentProblem(document.Source.Path, line, ProblemSeverity.Warning, $"broken link: no document with id '{link.TargetId}'"));
                continue;
            }

            var anchor = link.Anchor;
            if (anchor is not null && !target.Anchors.Contains(anchor))
            {
                problems.Add(new ContentProblem(document.Source.Path, line, ProblemSeverity.Warning, $"link to '{link.TargetId}#{anchor}': no such section; linking to the page"));
                anchor = null;
            }

            link.Url = DocumentSchema.UrlOf(target.Kind, target.Id, anchor);
            link.TargetTitle = target.Title;
            link.ResolvedId = target.Id;
            if (!link.IsAutomatic)
            {
                LinkSpacing.Tidy(link);
            }
        }
    }
}
