namespace ReportPortal.Knowledge.Snapshots;

/// <summary>The snapshot being served. Requests read <see cref="Current"/> once and keep what they got; a new
/// content version replaces the whole snapshot with one reference swap, so a reader sees the old one or the new one,
/// never a mix.</summary>
public sealed class SnapshotHolder
{
    private KnowledgeSnapshot? _current;

    /// <summary>The snapshot being served, or null while the first one is being built.</summary>
    public KnowledgeSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>Serves <paramref name="next"/> from now on and returns the snapshot it replaces (null for the first).</summary>
    public KnowledgeSnapshot? Swap(KnowledgeSnapshot next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = Interlocked.Exchange(ref _current, next);
        Swapped?.Invoke(this, next);
        return previous;
    }

    /// <summary>Raised after each swap, with the new snapshot.</summary>
    public event EventHandler<KnowledgeSnapshot>? Swapped;
}
