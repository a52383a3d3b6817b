using System.Runtime.CompilerServices;
using ReportPortal.Knowledge.Diagnostics;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Index.Incremental;

namespace ReportPortal.Knowledge.Snapshots;

/// <summary>What each snapshot's build knew (<see cref="ContentState"/>), kept beside the snapshot for as long as it
/// lives, so that the next content version can be an incremental update; and how each snapshot was built, for the log.
/// A state is learnt in the background after a full build (it costs a load and a render of every document, no
/// writing) and checked against the snapshot before it is trusted.</summary>
internal static class SnapshotStates
{
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, Task<ContentState?>> s_states = [];
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, string> s_notes = [];

    public static bool IsKept(KnowledgeSnapshot snapshot) => s_states.TryGetValue(snapshot, out _);

    public static string? NoteOf(KnowledgeSnapshot snapshot) => s_notes.TryGetValue(snapshot, out var note) ? note : null;

    public static void Note(KnowledgeSnapshot snapshot, string note) => s_notes.AddOrUpdate(snapshot, note);

    /// <summary>Starts learning the state of <paramref name="snapshot"/> in the background (once).</summary>
    public static Task<ContentState?> Learn(KnowledgeSnapshot snapshot, string contentPath) =>
        s_states.GetValue(snapshot, s => Task.Run(() => Capture(s, contentPath)));

    /// <summary>The new snapshot after an incremental update of <paramref name="current"/>, or null (with why) when
    /// the change needs a full build.</summary>
    public static (KnowledgeSnapshot? Next, string Why) TryUpdate(KnowledgeSnapshot current, string path, string fingerprint, TimeSpan fingerprinting,
        BuildProgress? progress)
    {
        if (!s_states.TryGetValue(current, out var learning))
        {
            return (null, "no state kept");
        }

        progress?.Enter("waiting for the previous state", 0);
        if (learning.GetAwaiter().GetResult() is not { } state)
        {
            return (null, NoteOf(current) ?? "the previous state could not be learnt");
        }

        try
        {
            var result = IncrementalUpdate.Apply(state, current.Index.IndexPath, path, fingerprint, progress);
            var opening = System.Diagnostics.Stopwatch.StartNew();
            var next = KnowledgeSnapshot.Open(result.Index);
            s_states.AddOrUpdate(next, Task.FromResult<ContentState?>(result.State));
            Note(next, $"{result}; fingerprint {fingerprinting.TotalMilliseconds:0} ms before, snapshot opened in {opening.ElapsedMilliseconds} ms after");
            return (next, "");
        }
        catch (IncrementalFallbackException ex)
        {
            return (null, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, $"the incremental update failed ({ex.GetType().Name}: {ex.Message.Split('\n', 2)[0]})");
        }
    }

    /// <summary>Reads and renders the content and keeps the result only when it is the snapshot's version (the folder
    /// did not change meanwhile) and finds exactly the snapshot's problems and documents.</summary>
    private static ContentState? Capture(KnowledgeSnapshot snapshot, string contentPath)
    {
        try
        {
            if (ContentFingerprint.Compute(contentPath) != snapshot.Fingerprint)
            {
                return Refuse(snapshot, "the content changed before its state was learnt");
            }

            var state = ContentState.Capture(contentPath);
            if (ContentFingerprint.Compute(contentPath) != snapshot.Fingerprint)
            {
                return Refuse(snapshot, "the content changed while its state was learnt");
            }

            return state.DocumentCount == snapshot.Documents.Count && state.Problems.SequenceEqual(snapshot.Problems)
                ? state
                : Refuse(snapshot, "the learnt state differs from the full build; incremental updates are off for this version");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Refuse(snapshot, $"its state could not be learnt ({ex.GetType().Name}: {ex.Message.Split('\n', 2)[0]})");
        }
    }

    private static ContentState? Refuse(KnowledgeSnapshot snapshot, string why)
    {
        Note(snapshot, why);
        return null;
    }
}
