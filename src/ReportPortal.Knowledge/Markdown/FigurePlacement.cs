using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Puts each table of figures into its chapter: at the end of the section its <c>section</c> anchor names
/// (before the next heading), or at the end of the chapter when it names none or one that does not exist.</summary>
public static class FigurePlacement
{
    public static void Place(ParsedDocument chapter, IEnumerable<Figure> figures, ICollection<ContentProblem> problems)
    {
        foreach (var figure in figures)
        {
            var ast = chapter.Ast;
            var at = ast.Count;
            if (figure.Section is { Length: > 0 } section)
            {
                var heading = ast.OfType<HeadingBlock>().FirstOrDefault(h => h.GetAttributes().Id == section);
                if (heading is null)
                {
                    problems.Add(new ContentProblem($"figures/{figure.Id}.yaml", 1, ProblemSeverity.Warning,
                        $"section '{section}' not found in {figure.Chapter}; the figure goes at the end of the chapter"));
                }
                else
                {
                    at = ast.IndexOf(heading) + 1;
                    while (at < ast.Count && ast[at] is not HeadingBlock)
                    {
                        at++;
                    }
                }
            }

            ast.Insert(at, new FigureBlock(figure));
        }
    }
}
