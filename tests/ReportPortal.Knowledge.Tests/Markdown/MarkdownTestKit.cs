using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Tests.Markdown;

/// <summary>Renders Markdown bodies against a small set of link targets, the way the index builder does.</summary>
internal static class MarkdownTestKit
{
    public static readonly IReadOnlyDictionary<string, LinkTarget> Targets = new Dictionary<string, LinkTarget>
    {
        ["openai"] = new("openai", DocumentKind.Company, "OpenAI", new HashSet<string>()),
        ["microsoft"] = new("microsoft", DocumentKind.Company, "微软", new HashSet<string>()),
        ["01-origins"] = new("01-origins", DocumentKind.Chapter, "一、前世今生", new HashSet<string> { "1-3-3" }),
    };

    public static (RenderedDocument Doc, List<ContentProblem> Problems) Render(string body, int bodyLine = 5)
    {
        var renderer = new DocumentRenderer();
        var problems = new List<ContentProblem>();
        var parsed = renderer.Parse(new ContentDocument
        {
            Id = "page", Kind = DocumentKind.Term, Title = "本页", Summary = "", Body = body, Path = "term/page.md", BodyLine = bodyLine,
        }, problems);
        new LinkResolver(Targets).Resolve(parsed, problems);
        return (renderer.Render(parsed), problems);
    }

    public static string Html(string body) => Render(body).Doc.Html.Trim();
}
