namespace ReportPortal.Web.Portal;

/// <summary>Where a published portal finds its files. <c>dotnet publish</c> puts <c>wwwroot/</c>, <c>content/</c> and
/// <c>appsettings.json</c> beside <c>ReportPortal.Web.dll</c>; ASP.NET Core looks for them under the working folder
/// by default, so <c>dotnet /srv/portal/ReportPortal.Web.dll</c> started from elsewhere would serve pages without
/// styles. When the app runs from a publish output, its own folder is the content root instead.</summary>
public static class PublishedLayout
{
    /// <summary>The app's folder if it is a publish output (it holds <c>wwwroot/</c>) and no content root was given
    /// (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>); otherwise null, the default (the working folder).</summary>
    public static string? ContentRoot(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var given = Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        return !given && Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null;
    }

    /// <summary>The content folder a command uses when none is named: <c>Portal__ContentPath</c> if set, else the
    /// repository's <c>content/</c> above the working folder, else <c>content/</c> beside the app.</summary>
    public static string DefaultContent(string[] args) =>
        Environment.GetEnvironmentVariable("Portal__ContentPath") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : PortalSetup.FindRepositoryContent(ContentRoot(args) ?? Directory.GetCurrentDirectory());
}
