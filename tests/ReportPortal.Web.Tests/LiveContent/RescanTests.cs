using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Web.LiveContent;
using ReportPortal.Web.Portal;
using Xunit.Abstractions;

namespace ReportPortal.Web.Tests.LiveContent;

/// <summary>Issue #12, item 1: what the watcher's events miss is still found. A watcher error (a buffer overflow, when
/// events are lost) triggers a full rescan; the periodic fingerprint check picks up a change no event reported.</summary>
public sealed class RescanTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    /// <summary>The portal watching its content with file system events off (the internal option tests have), so
    /// only a rescan can find a change: the periodic one every <paramref name="rescanSeconds"/> s (0: none) or one a
    /// watcher error asks for.</summary>
    private sealed class NoEventsPortal(string content, int rescanSeconds) : PortalFactory(content, watch: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:RescanSeconds", rescanSeconds.ToString(CultureInfo.InvariantCulture));
            builder.ConfigureServices(services => services.PostConfigure<PortalOptions>(o => o.WatchEvents = false));
        }
    }

    private static async Task<TimeSpan> Within(TimeSpan limit, Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < limit, $"not within {limit.TotalSeconds} s: {what}");
            await Task.Delay(200);
        }

        return clock.Elapsed;
    }

    private static async Task<int> DocumentCount(HttpClient client)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/documents", UriKind.Relative)));
        return list.RootElement.GetArrayLength();
    }

    private static string Term(int i) =>
        $"---\ntitle: 批量条目{i}\nsummary: 第 {i} 个批量条目。\nsources: [01-start]\n---\n\n批量条目{i}提到 [[kaifang]]。\n";

    /// <summary>A burst of about 21,000 events, more than the kernel queues for a watcher (16,384). .NET 10 reads the
    /// kernel's queue on a thread of its own into memory and raises events from the thread pool, so the queue rarely
    /// overflows in practice (it did not in our runs: the output says how many errors there were); whether the burst
    /// is seen through its events or through the rescan an overflow asks for, every file must appear.</summary>
    [Fact]
    public async Task Three_thousand_files_created_at_once_with_the_watcher_running_all_appear()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        await using var portal = new PortalFactory(content, watch: true);
        var client = portal.CreateClient();
        var before = await DocumentCount(client);
        var watcher = portal.Services.GetRequiredService<ContentWatcher>();

        await Parallel.ForAsync(0, 3000, async (i, ct) =>
        {
            var path = Path.Combine(content, "term", $"batch-{i:D4}.md");
            var text = Term(i);
            var part = (text.Length / 6) + 1;
            for (var at = 0; at < text.Length; at += part) // six writes each: about 21,000 events, more than the kernel queues (16,384)
            {
                await File.AppendAllTextAsync(path, text[at..Math.Min(text.Length, at + part)], ct);
            }
        });

        var took = await Within(TimeSpan.FromMinutes(4), async () => await DocumentCount(client) == before + 3000, "all 3,000 new documents listed");
        output.WriteLine($"all listed after {took.TotalSeconds:0.0} s; {watcher.Swaps} swaps; {watcher.WatcherErrors} watcher errors (overflows)");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/terms/batch-2999", UriKind.Relative))).StatusCode);
        Assert.Contains("批量条目1234", await client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("批量条目1234"), UriKind.Relative)),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_watcher_error_triggers_a_full_rescan_that_finds_what_no_event_reported()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        await using var portal = new NoEventsPortal(content, rescanSeconds: 0);
        var client = portal.CreateClient();
        var watcher = portal.Services.GetRequiredService<ContentWatcher>();

        File.WriteAllText(Path.Combine(content, "term", "unseen.md"), Term(1));
        await Task.Delay(1500);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/terms/unseen", UriKind.Relative))).StatusCode);

        watcher.OnWatcherError(new InternalBufferOverflowException("events were lost"));
        await Within(TimeSpan.FromSeconds(15), async () =>
            (await client.GetAsync(new Uri("/terms/unseen", UriKind.Relative))).StatusCode == HttpStatusCode.OK, "the file found by the rescan");
        Assert.Equal(1, watcher.WatcherErrors);
    }

    [Fact]
    public async Task The_periodic_check_picks_up_a_change_no_event_reported()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        await using var portal = new NoEventsPortal(content, rescanSeconds: 1);
        var client = portal.CreateClient();

        var file = Path.Combine(content, "company", "kaifang.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("是一家人工智能实验室", "是一家在月光湾办公的人工智能实验室", StringComparison.Ordinal));

        var took = await Within(TimeSpan.FromSeconds(15), async () =>
            (await client.GetStringAsync(new Uri("/companies/kaifang", UriKind.Relative))).Contains("月光湾", StringComparison.Ordinal), "the edit on its page");
        output.WriteLine($"picked up after {took.TotalSeconds:0.0} s");
        Assert.Contains("kaifang", await client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("月光湾"), UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(0, portal.Services.GetRequiredService<ContentWatcher>().WatcherErrors);
    }
}
