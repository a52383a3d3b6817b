namespace ReportPortal.Knowledge.Snapshots;

/// <summary>A request's hold on the snapshot it reads: while any lease on a replaced snapshot is open, its index file
/// stays; the last one to end lets it go.</summary>
public sealed class SnapshotLease : IDisposable
{
    private int _released;

    internal SnapshotLease(KnowledgeSnapshot snapshot) => Snapshot = snapshot;

    public KnowledgeSnapshot Snapshot { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Snapshot.Release();
        }
    }
}
