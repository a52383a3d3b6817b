using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Makes a parsed body inert before anything else touches it. Of the attributes written in content
/// (Markdig's <c>{…}</c> syntax) only an <c>id</c> and plain class names survive; every other attribute (<c>on*</c>,
/// <c>style</c>, anything) is dropped and reported. Every link, image and autolink whose URL breaks
/// <see cref="SafeUrl"/> is rendered as its text, not as a link, and reported. Raw HTML is already escaped by the
/// pipeline (<c>DisableHtml</c>).</summary>
public static partial class InertContent
{
    [GeneratedRegex(@"^[\p{L}\p{N}_-]{1,100}$")]
    private static partial Regex SafeName();

    public static void Apply(MarkdownDocument ast, ContentDocument source, ICollection<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(ast);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problems);
        void Report(MarkdownObject at, string message) =>
            problems.Add(new ContentProblem(source.Path, source.BodyLine + at.Line, ProblemSeverity.Warning, message));

        foreach (var node in ast.Descendants().ToList())
        {
            if (node.TryGetAttributes() is { } attributes)
            {
                KeepSafeAttributes(node, attributes, Report);
            }

            switch (node)
            {
                case LinkInline link when !SafeUrl.IsAllowed(link.Url):
                    Report(link, $"{(link.IsImage ? "image" : "link")} URL '{Shorten(link.Url)}' is not http(s), mailto or a path of this site; it is shown as text");
                    Unwrap(link);
                    break;
                case AutolinkInline auto when !SafeUrl.IsAllowed(auto.Url) || auto.IsEmail && auto.Url.Contains(':', StringComparison.Ordinal):
                    Report(auto, $"link URL '{Shorten(auto.Url)}' is not http(s), mailto or a path of this site; it is shown as text");
                    auto.ReplaceBy(new LiteralInline(auto.Url));
                    break;
            }
        }
    }

    private static void KeepSafeAttributes(MarkdownObject node, HtmlAttributes attributes, Action<MarkdownObject, string> report)
    {
        if (attributes.Properties is { Count: > 0 } properties)
        {
            report(node, $"attribute{(properties.Count > 1 ? "s" : "")} {string.Join(", ", properties.Select(p => $"'{p.Key}'"))} written in content {(properties.Count > 1 ? "are" : "is")} not allowed and {(properties.Count > 1 ? "were" : "was")} dropped");
            properties.Clear();
        }

        if (attributes.Classes is { Count: > 0 } classes && classes.Any(c => !SafeName().IsMatch(c)))
        {
            report(node, "class names may hold only letters, digits, '-' and '_'; the others were dropped");
            classes.RemoveAll(c => !SafeName().IsMatch(c));
        }

        if (attributes.Id is { } id && !SafeName().IsMatch(id))
        {
            report(node, $"id '{Shorten(id)}' may hold only letters, digits, '-' and '_'; it was dropped");
            attributes.Id = null;
        }
    }

    /// <summary>Puts a link's content in its place: its label for a link, its alt text for an image.</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(PlainText.Of(link)));
            return;
        }

        var children = link.ToList();
        Inline at = link;
        foreach (var child in children)
        {
            child.Remove();
            at.InsertAfter(child);
            at = child;
        }

        link.Remove();
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length > 60 ? text[..60] + "…" : text;
}
