using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ReportPortal.Benchmarks.LiveLoad;

/// <summary>Changes the content folder at a fixed interval, in turn: an edit of an existing page (a paragraph with a
/// word no other page has), a new page, the deletion of a page it made two rounds before, and a broken file (its YAML
/// cannot be read). Every step makes a content version never seen before. For each edit and new page it measures how
/// long until search finds its word.</summary>
public sealed class ContentChanger(string content, string editedPage, string linkTarget, HttpClient client, Uri address)
{
    private readonly List<string> _created = [];
    private readonly ConcurrentBag<Task> _probes = [];

    /// <summary>Seconds from a file write to the first search answer that finds it.</summary>
    public ConcurrentBag<double> Visible { get; } = [];

    public List<string> Steps { get; } = [];

    public async Task RunAsync(TimeSpan interval, CancellationToken stop)
    {
        for (var step = 0; !stop.IsCancellationRequested; step++)
        {
            var word = Word(step);
            switch (step % 4)
            {
                case 0:
                    File.AppendAllText(editedPage, $"\n\n负载测试第 {step} 步加的一段，关键词 {word}。\n");
                    Probe(word, Path.GetFileNameWithoutExtension(editedPage));
                    Steps.Add("edit");
                    break;
                case 1:
                    var id = $"load-new-{step:D4}";
                    File.WriteAllText(Path.Combine(content, "term", id + ".md"),
                        $"---\ntitle: 负载新词{step}\nsummary: 负载测试新加的页面。\n---\n\n这一页提到 [[{linkTarget}]]，关键词 {word}。\n");
                    _created.Add(id);
                    Probe(word, id);
                    Steps.Add("new page");
                    break;
                case 2 when _created.Count >= 3:
                    File.Delete(Path.Combine(content, "term", _created[^3] + ".md"));
                    Steps.Add("deletion");
                    break;
                case 2:
                    File.AppendAllText(editedPage, $"\n\n第 {step} 步。\n");
                    Steps.Add("edit");
                    break;
                default:
                    File.WriteAllText(Path.Combine(content, "term", "load-broken.md"), $"---\ntitle: [坏文件 {step}\nsummary: 缺了右括号\n---\n");
                    Steps.Add("broken file");
                    break;
            }

            try
            {
                await Task.Delay(interval, stop);
            }
            catch (TaskCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(_probes);
    }

    /// <summary>The pages the changer deletes are its own; readers never ask for them.</summary>
    public static bool IsChangerPage(string id) => id.StartsWith("load-", StringComparison.Ordinal);

    /// <summary>A Latin word made of letters only, unique per step.</summary>
    private static string Word(int step)
    {
        var letters = new char[4];
        for (var i = 3; i >= 0; i--, step /= 26)
        {
            letters[i] = (char)('a' + (step % 26));
        }

        return "loadmark" + new string(letters);
    }

    private void Probe(string word, string id) => _probes.Add(Task.Run(async () =>
    {
        var clock = Stopwatch.StartNew();
        var url = new Uri(address, "/api/search?q=" + word);
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                if ((await client.GetStringAsync(url)).Contains($"\"{id}\"", StringComparison.Ordinal))
                {
                    Visible.Add(clock.Elapsed.TotalSeconds);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // counted by the readers, not here
            }

            await Task.Delay(100);
        }

        Visible.Add(double.PositiveInfinity);
    }));

    public string Summary()
    {
        var times = Visible.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Steps.Count} changes ({string.Join(", ", Steps.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"))}); " +
            $"an edit or new page was found by search after p50 {LoadReaders.At(times, 0.5):0.00} s, max {(times.Count > 0 ? times[^1] : 0):0.00} s ({times.Count} measured)");
    }
}
