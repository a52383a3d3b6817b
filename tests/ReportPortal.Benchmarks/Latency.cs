using System.Diagnostics;

namespace ReportPortal.Benchmarks;

/// <summary>Times an action over a list of inputs and reports percentiles in milliseconds.</summary>
public static class Latency
{
    public sealed record Stats(double P50, double P99, double Mean, int Count);

    public static Stats Measure<T>(IReadOnlyList<T> inputs, Action<T> action, int warmup = 10)
    {
        foreach (var input in inputs.Take(warmup))
        {
            action(input);
        }

        var times = new List<double>(inputs.Count);
        foreach (var input in inputs)
        {
            var start = Stopwatch.GetTimestamp();
            action(input);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        return new Stats(Percentile(times, 0.50), Percentile(times, 0.99), times.Average(), times.Count);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
