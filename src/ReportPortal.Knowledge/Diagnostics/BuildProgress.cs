using System.Diagnostics;

namespace ReportPortal.Knowledge.Diagnostics;

/// <summary>How far an index build has got, for the "building the index" page and the build log: the stage (loading,
/// rendering, indexing) and how many of its documents are done. Written by the build, read from other threads.</summary>
public sealed class BuildProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile string _stage = "starting";
    private int _done;
    private int _total;

    public string Stage => _stage;

    public int Done => Volatile.Read(ref _done);

    public int Total => Volatile.Read(ref _total);

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Enter(string stage, int total)
    {
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _total, total);
        _stage = stage;
    }

    public void Advance() => Interlocked.Increment(ref _done);

    public override string ToString() => $"{Stage} {Done} of {Total} documents, {Elapsed.TotalSeconds:0.0} s";
}
