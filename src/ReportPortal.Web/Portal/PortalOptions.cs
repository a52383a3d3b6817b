namespace ReportPortal.Web.Portal;

/// <summary>The <c>Portal</c> configuration section (environment: <c>Portal__ContentPath</c>, <c>Portal__IndexPath</c>).</summary>
public sealed class PortalOptions
{
    /// <summary>The content folder. Default: the repository's <c>content/</c>, found by walking up from the app.</summary>
    public string? ContentPath { get; set; }

    /// <summary>The SQLite index file. Default: <c>App_Data/index.db</c> under the app's content root.</summary>
    public string? IndexPath { get; set; }
}
