namespace ReportPortal.Web.Portal;

/// <summary>The <c>Portal</c> configuration section (environment: <c>Portal__ContentPath</c>, <c>Portal__Watch</c>, …).</summary>
public sealed class PortalOptions
{
    /// <summary>The content folder. Default: the repository's <c>content/</c>, found by walking up from the app.</summary>
    public string? ContentPath { get; set; }

    /// <summary>The SQLite index file. Default: <c>App_Data/index.db</c> under the app's content root. Later content
    /// versions are built into versioned files beside it.</summary>
    public string? IndexPath { get; set; }

    /// <summary>Watch the content folder and serve each edit without a restart (default on). Off for a read-only
    /// deployment: the index is then built or reused once, at start.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How often the content is compared with the snapshot's fingerprint, to catch changes the watcher
    /// missed (default 60 s; 0 turns it off).</summary>
    public int RescanSeconds { get; set; } = 60;

    /// <summary>Whether the watcher listens to file system events (default on). Tests turn it off to see the periodic
    /// check (<see cref="RescanSeconds"/>) alone pick up a change; not bound from configuration.</summary>
    internal bool WatchEvents { get; set; } = true;

    /// <summary>How long the folder must stay quiet after a change before a rebuild starts (default 300 ms); a rebuild
    /// starts at the latest 2 s after the first change of a burst.</summary>
    public int DebounceMilliseconds { get; set; } = 300;
}
