using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.LiveContent;

/// <summary>Builds the first snapshot after the server has started listening, then keeps the site in step with the
/// content folder: a FileSystemWatcher (recursive) signals changes, a burst of them is debounced into one rebuild,
/// editors' temporary and swap files are ignored, a watcher error (such as a buffer overflow) triggers a full rescan,
/// and a periodic fingerprint check catches whatever the watcher missed. While watching, each snapshot keeps what its
/// build knew, so that a small edit is applied as an incremental update (<see cref="SnapshotBuilder.KeepState"/>).
/// With <c>Portal:Watch=false</c> only the first snapshot is built.</summary>
public sealed class ContentWatcher(SnapshotLoader loader, SnapshotHolder holder, PortalPaths paths, IOptions<PortalOptions> options,
    ILogger<ContentWatcher> logger)
    : BackgroundService
{
    private readonly Channel<string> _signals = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>How many rebuilds have swapped in a new snapshot (for tests and the log).</summary>
    public int Swaps { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the server start listening first: until the first snapshot exists, it answers 503
        await Task.Run(() => loader.Rebuild("start"), stoppingToken);
        var settings = options.Value;
        if (!settings.Watch)
        {
            logger.LogInformation("Portal:Watch is off: content changes are not picked up until a restart");
            return;
        }

        KeepState();
        var watcher = settings.WatchEvents ? StartWatcher() : null;
        var watchOnceItExists = settings.WatchEvents && !Directory.Exists(paths.ContentPath);
        var every = watcher is null && settings.WatchEvents ? FallbackRescanSeconds : settings.RescanSeconds; // without events, check often
        using var rescan = new Timer(_ => Signal("periodic check"));
        Every(rescan, every);
        try
        {
            while (await _signals.Reader.WaitToReadAsync(stoppingToken))
            {
                var reason = await _signals.Reader.ReadAsync(stoppingToken);
                await QuietAsync(settings.DebounceMilliseconds, stoppingToken);
                if (await Task.Run(() => loader.Rebuild(reason), stoppingToken))
                {
                    Swaps++;
                    logger.LogInformation("Content changed ({Reason}): {How}", reason, holder.Current is { } now ? SnapshotBuilder.HowBuilt(now) : null);
                    KeepState();
                    if (watchOnceItExists && Directory.Exists(paths.ContentPath))
                    {
                        watchOnceItExists = false; // the folder appeared after the start: events from now on
                        if ((watcher = StartWatcher()) is not null)
                        {
                            logger.LogInformation("Watching {ContentPath} now that it exists", paths.ContentPath);
                            Every(rescan, settings.RescanSeconds);
                        }
                    }
                }
            }
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    /// <summary>Runs <paramref name="timer"/> every <paramref name="seconds"/>; 0 stops it.</summary>
    private static void Every(Timer timer, int seconds)
    {
        var period = seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
        timer.Change(period, period);
    }

    /// <summary>Waits until no change has come for <paramref name="quietMilliseconds"/>, or 2 s at most.</summary>
    private async Task QuietAsync(int quietMilliseconds, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (DateTime.UtcNow < deadline)
        {
            Volatile.Write(ref _lastChange, 0);
            await Task.Delay(quietMilliseconds, ct);
            if (Volatile.Read(ref _lastChange) == 0)
            {
                break;
            }
        }

        while (_signals.Reader.TryRead(out _))
        {
            // the rebuild that follows covers these too
        }
    }

    private int _lastChange;

    /// <summary>Lets the current snapshot keep what its build knew (learnt in the background after a full build; at
    /// once after an incremental one), so that the next small edit is an incremental update.</summary>
    private void KeepState()
    {
        if (holder.Current is { } current)
        {
            _ = SnapshotBuilder.KeepState(current, paths.ContentPath);
        }
    }

    /// <summary>How often the content is checked when no watcher can run (the folder is missing, or the system's
    /// limit of watchers is reached).</summary>
    public const int FallbackRescanSeconds = 2;

    private FileSystemWatcher? StartWatcher()
    {
        if (!Directory.Exists(paths.ContentPath))
        {
            logger.LogWarning("Not watching {ContentPath}: it does not exist; checking every {Seconds} s", paths.ContentPath, FallbackRescanSeconds);
            return null;
        }

        try
        {
            return CreateWatcher();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            logger.LogWarning(ex, "Cannot watch {ContentPath}; checking every {Seconds} s instead", paths.ContentPath, FallbackRescanSeconds);
            return null;
        }
    }

    private FileSystemWatcher CreateWatcher()
    {
        var watcher = new FileSystemWatcher(paths.ContentPath)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += (_, e) =>
        {
            if (!EditorFiles.IsIgnored(e.FullPath) || !EditorFiles.IsIgnored(e.OldFullPath))
            {
                Signal("rename of " + e.Name);
            }
        };
        watcher.Error += (_, e) => OnWatcherError(e.GetException());
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>A watcher error (such as a buffer overflow, when events were lost): the whole folder is compared again.</summary>
    internal void OnWatcherError(Exception error)
    {
        Interlocked.Increment(ref _watcherErrors);
        logger.LogWarning(error, "The content watcher reported an error; rescanning the whole folder");
        Signal("watcher error: full rescan");
    }

    /// <summary>How many errors the file system watcher has reported (for tests and the log).</summary>
    public int WatcherErrors => Volatile.Read(ref _watcherErrors);

    private int _watcherErrors;

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (!EditorFiles.IsIgnored(e.FullPath))
        {
            Signal($"{e.ChangeType.ToString().ToLowerInvariant()} {e.Name}");
        }
    }

    private void Signal(string reason)
    {
        Interlocked.Exchange(ref _lastChange, 1);
        _signals.Writer.TryWrite(reason);
    }
}
