using ReportPortal.Knowledge.Checks;

namespace ReportPortal.Web.Portal;

/// <summary><c>dotnet run --project src/ReportPortal.Web -- check [content-folder]</c>: prints every content problem as
/// <c>file:line: severity: message</c> and exits 1 if there is any, 0 if the content is clean, 2 if the folder is
/// missing. The folder is the argument, else <c>Portal:ContentPath</c> (<c>Portal__ContentPath</c> or
/// <c>--Portal:ContentPath=…</c>), else the repository's <c>content/</c>.</summary>
public static class CheckCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "check";

    public static int Run(string[] args, string contentRoot, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var contentPath = ContentPathOf(args, contentRoot);
        if (!Directory.Exists(contentPath))
        {
            output.WriteLine($"content folder not found: {contentPath}");
            return 2;
        }

        try
        {
            var problems = ContentCheck.Run(contentPath);
            foreach (var problem in problems)
            {
                output.WriteLine(problem.ToString());
            }

            output.WriteLine(problems.Count == 0 ? $"{contentPath}: no problems" : $"{contentPath}: {problems.Count} problems");
            return problems.Count == 0 ? 0 : 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"{contentPath}: the content folder could not be read: {ex.Message}");
            return 2;
        }
    }

    private static string ContentPathOf(string[] args, string contentRoot)
    {
        var positional = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var configured = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine([.. args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal))])
            .Build()["Portal:ContentPath"];
        return Path.GetFullPath(positional ?? configured ?? PortalSetup.FindRepositoryContent(contentRoot));
    }
}
