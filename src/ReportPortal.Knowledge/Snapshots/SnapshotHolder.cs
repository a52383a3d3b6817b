namespace ReportPortal.Knowledge.Snapshots;

/// <summary>The snapshot being served. A request takes a lease on <see cref="Current"/> once and reads that snapshot to
/// its end; a new content version replaces the whole snapshot with one reference swap, so a reader sees the old one or
/// the new one, never a mix. A replaced snapshot is retired: its leases run out, then its file can go.</summary>
public sealed class SnapshotHolder
{
    private KnowledgeSnapshot? _current;

    /// <summary>The snapshot being served, or null while the first one is being built.</summary>
    public KnowledgeSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>Why the last rebuild failed, or null when it succeeded (the previous snapshot goes on serving).</summary>
    public string? LastFailure { get; private set; }

    /// <summary>When the current snapshot was swapped in.</summary>
    public DateTimeOffset? SwappedAt { get; private set; }

    /// <summary>A lease on the current snapshot, or null while there is none.</summary>
    public SnapshotLease? Acquire()
    {
        while (Current is { } snapshot)
        {
            if (snapshot.TryAcquire())
            {
                return new SnapshotLease(snapshot);
            }
        }

        return null;
    }

    /// <summary>Serves <paramref name="next"/> from now on and retires the snapshot it replaces: no new request starts on
    /// it, and <paramref name="whenOldUnused"/> runs with it once its last request has ended.</summary>
    public KnowledgeSnapshot? Swap(KnowledgeSnapshot next, Action<KnowledgeSnapshot>? whenOldUnused = null)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = Interlocked.Exchange(ref _current, next);
        SwappedAt = DateTimeOffset.UtcNow;
        LastFailure = null;
        previous?.Retire(() => whenOldUnused?.Invoke(previous));
        Swapped?.Invoke(this, next);
        return previous;
    }

    /// <summary>Records a rebuild that failed; the current snapshot goes on serving.</summary>
    public void ReportFailure(string why) => LastFailure = why;

    /// <summary>Raised after each swap, with the new snapshot.</summary>
    public event EventHandler<KnowledgeSnapshot>? Swapped;
}
