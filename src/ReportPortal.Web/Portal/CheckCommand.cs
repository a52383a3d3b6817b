using ReportPortal.Knowledge.Checks;

namespace ReportPortal.Web.Portal;

/// <summary><c>dotnet run --project src/ReportPortal.Web -- check [content-folder]</c>: prints every content problem as
/// <c>file:line: severity: message</c> and exits 1 if there is any, 0 if the content is clean.</summary>
public static class CheckCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "check";

    public static int Run(string[] args, string contentRoot, TextWriter output)
    {
        var contentPath = args.Length > 1 ? Path.GetFullPath(args[1]) : PortalSetup.FindRepositoryContent(contentRoot);
        if (!Directory.Exists(contentPath))
        {
            output.WriteLine($"content folder not found: {contentPath}");
            return 2;
        }

        var problems = ContentCheck.Run(contentPath);
        foreach (var problem in problems)
        {
            output.WriteLine(problem.ToString());
        }

        output.WriteLine(problems.Count == 0 ? $"{contentPath}: no problems" : $"{contentPath}: {problems.Count} problems");
        return problems.Count == 0 ? 0 : 1;
    }
}
