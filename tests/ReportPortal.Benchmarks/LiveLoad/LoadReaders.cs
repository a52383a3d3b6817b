using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ReportPortal.Benchmarks.LiveLoad;

/// <summary>One answered (or failed) request: the phase it ran in, its latency and status (0 for an exception).</summary>
public readonly record struct Sample(int Phase, double Milliseconds, int Status, string Kind);

/// <summary>Readers on a fixed number of connections, each requesting the next URL of a shuffled mix as soon as the
/// last answer is read, until stopped. Every answer is recorded with the phase it started in.</summary>
public sealed class LoadReaders(HttpClient client, IReadOnlyList<(string Kind, Uri Url)> urls)
{
    private readonly ConcurrentBag<List<Sample>> _samples = [];
    private volatile int _phase = -1;

    /// <summary>The phase new requests are counted in (−1: warm-up, not reported).</summary>
    public int Phase
    {
        get => _phase;
        set => _phase = value;
    }

    public IEnumerable<Sample> Samples => _samples.SelectMany(s => s);

    public Task RunAsync(int connections, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(() => ReadAsync(i, stop), CancellationToken.None)));

    private async Task ReadAsync(int reader, CancellationToken stop)
    {
        var mine = new List<Sample>(100_000);
        _samples.Add(mine);
        for (var n = reader * 7919; !stop.IsCancellationRequested; n++)
        {
            var (kind, url) = urls[n % urls.Count];
            var phase = _phase;
            var start = Stopwatch.GetTimestamp();
            int status;
            try
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                status = 0;
            }
            catch (TaskCanceledException)
            {
                status = 0; // timed out
            }

            if (phase >= 0)
            {
                mine.Add(new Sample(phase, Stopwatch.GetElapsedTime(start).TotalMilliseconds, status, kind));
            }
        }
    }

    /// <summary>One table row per phase: requests, rate, answers other than 2xx (429 apart), p50, p99, max.</summary>
    public static IEnumerable<string> Table(IEnumerable<Sample> samples, IReadOnlyList<(string Name, double Seconds)> phases)
    {
        yield return "| phase | requests | requests/s | non-2xx | 429 | p50 ms | p90 ms | p99 ms | max ms |";
        yield return "|---|---|---|---|---|---|---|---|---|";
        var byPhase = samples.ToLookup(s => s.Phase);
        for (var p = 0; p < phases.Count; p++)
        {
            var list = byPhase[p].ToList();
            var times = list.Select(s => s.Milliseconds).Order().ToList();
            var failed = list.Where(s => s.Status is < 200 or >= 300 && s.Status != 429).ToList();
            var codes = string.Join(", ", failed.GroupBy(s => s.Status).Select(g => $"{g.Count()}× {(g.Key == 0 ? "no answer" : g.Key.ToString(CultureInfo.InvariantCulture))}"));
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {phases[p].Name} | {list.Count:N0} | {list.Count / phases[p].Seconds:N0} | {failed.Count}{(codes.Length > 0 ? $" ({codes})" : "")} | {list.Count(s => s.Status == 429)} | {At(times, 0.50):0.0} | {At(times, 0.90):0.0} | {At(times, 0.99):0.0} | {(times.Count > 0 ? times[^1] : 0):0} |");
        }
    }

    /// <summary>p50 and p99 per kind of URL in one phase.</summary>
    public static IEnumerable<string> ByKind(IEnumerable<Sample> samples, int phase)
    {
        foreach (var group in samples.Where(s => s.Phase == phase).GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var times = group.Select(s => s.Milliseconds).Order().ToList();
            yield return string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {times.Count:N0} requests, p50 {At(times, 0.5):0.0} ms, p99 {At(times, 0.99):0.0} ms");
        }
    }

    public static double At(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
}
