using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.LiveContent;

namespace ReportPortal.Web.Tests.LiveContent;

/// <summary>Issue #12 and reliability checklist cases 19–22: an edit reaches the running site within seconds, with no
/// restart and no failed request. Real files in a scratch folder, the real host with its watcher.</summary>
public sealed class LiveContentTests : IDisposable
{
    private static readonly TimeSpan s_within = TimeSpan.FromSeconds(15);
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();
    private readonly string _content;

    public LiveContentTests() => _content = _scratch.CopyOf(TestPaths.FixtureContent);

    public void Dispose() => _scratch.Dispose();

    private string PathOf(string relative) => Path.Combine(_content, relative);

    private void Edit(string relative, string from, string to) =>
        File.WriteAllText(PathOf(relative), File.ReadAllText(PathOf(relative)).Replace(from, to, StringComparison.Ordinal));

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < s_within, $"not within {s_within.TotalSeconds} s: {what}");
            await Task.Delay(100);
        }
    }

    private static async Task<string> Text(HttpClient client, string url) => await client.GetStringAsync(new Uri(url, UriKind.Relative));

    [Fact]
    public async Task An_edit_a_new_file_and_a_deletion_reach_pages_search_and_backlinks_while_readers_get_only_200s()
    {
        await using var portal = new PortalFactory(_content, watch: true);
        var client = portal.CreateClient();
        var failures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            var reader = portal.CreateClient();
            string[] urls = ["/companies/kaifang", "/api/search?q=%E5%AE%9E%E9%AA%8C%E5%AE%A4", "/api/suggest?q=%E5%BC%80", "/people/zhang-san", "/"];
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var response = await reader.GetAsync(new Uri(urls[(n + i) % urls.Length], UriKind.Relative));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{urls[(n + i) % urls.Length]}: {(int)response.StatusCode}");
                }
            }
        })).ToList();

        Edit("company/kaifang.md", "一家研究人工智能的实验室。", "一家在星云路办公的实验室。");
        await Eventually(async () => (await Text(client, "/companies/kaifang")).Contains("星云路", StringComparison.Ordinal), "the edit on its page");
        await Eventually(async () => (await Text(client, "/api/search?q=" + Uri.EscapeDataString("星云路"))).Contains("kaifang", StringComparison.Ordinal), "the edit in search");

        File.WriteAllText(PathOf("term/xin-gainian.md"), "---\ntitle: 新概念\ntitle_en: New Concept\nsummary: 一个新加的术语。\nsources: [01-start]\n---\n\n新概念与 [[kaifang]] 有关。\n");
        await Eventually(async () => (await portal.CreateClient().GetAsync(new Uri("/terms/xin-gainian", UriKind.Relative))).StatusCode == HttpStatusCode.OK, "the new page");
        await Eventually(async () => (await Text(client, "/companies/kaifang")).Contains("/terms/xin-gainian", StringComparison.Ordinal), "the new page as a backlink");

        File.Delete(PathOf("person/zhang-san.md"));
        await Eventually(async () => (await client.GetAsync(new Uri("/people/zhang-san", UriKind.Relative))).StatusCode == HttpStatusCode.NotFound, "the deleted page is gone");

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.True(failures.All(f => f.StartsWith("/people/zhang-san", StringComparison.Ordinal)), string.Join("; ", failures.Take(10)));
    }

    [Fact]
    public async Task A_save_in_chunks_and_by_rename_is_one_rebuild_and_temp_files_are_ignored()
    {
        await using var portal = new PortalFactory(_content, watch: true);
        var watcher = portal.Services.GetRequiredService<ContentWatcher>();
        var client = portal.CreateClient();
        var before = watcher.Swaps;

        var target = PathOf("company/kaifang.md");
        var text = File.ReadAllText(target).Replace("一家研究人工智能的实验室。", "一家改名后保存的实验室。", StringComparison.Ordinal);
        File.WriteAllText(PathOf("company/.kaifang.md.swp"), "vim swap");
        File.WriteAllText(PathOf("company/4913"), "");
        File.WriteAllText(PathOf("company/kaifang.md~"), "backup");
        var temp = PathOf("company/kaifang.md.tmp");
        await using (var stream = File.Create(temp))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var third = bytes.Length / 3;
            foreach (var (offset, count) in new[] { (0, third), (third, third), (2 * third, bytes.Length - (2 * third)) })
            {
                await stream.WriteAsync(bytes.AsMemory(offset, count));
                await stream.FlushAsync();
                await Task.Delay(50);
            }
        }

        File.Move(temp, target, overwrite: true);
        await Eventually(async () => (await Text(client, "/companies/kaifang")).Contains("改名后保存", StringComparison.Ordinal), "the renamed save");
        await Task.Delay(2500); // longer than the debounce and its 2 s ceiling: any second rebuild would have run by now

        Assert.Equal(before + 1, watcher.Swaps);
        Assert.DoesNotContain(portal.Services.GetRequiredService<SnapshotHolder>().Current!.Problems, p => p.File.Contains("4913", StringComparison.Ordinal) || p.File.Contains(".swp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_file_is_reported_in_health_while_the_rest_of_the_edit_goes_live()
    {
        await using var portal = new PortalFactory(_content, watch: true);
        var client = portal.CreateClient();

        File.WriteAllText(PathOf("term/kaputt.md"), "---\ntitle: [kaputt\n---\n");
        Edit("company/weiruan.md", "title: 微软", "title: 微软甲乙丙");
        await Eventually(async () => (await Text(client, "/companies/weiruan")).Contains("微软甲乙丙", StringComparison.Ordinal), "the good part of the edit");

        using var health = JsonDocument.Parse(await Text(client, "/health"));
        Assert.Contains(health.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetProperty("file").GetString() == "term/kaputt.md");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/companies/kaifang", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_last_good_snapshot_and_a_replaced_file_is_deleted_when_unused()
    {
        await using var portal = new PortalFactory(_content, watch: false);
        var holder = portal.Services.GetRequiredService<SnapshotHolder>();
        var loader = portal.Services.GetRequiredService<ReportPortal.Web.Portal.SnapshotLoader>();
        var client = portal.CreateClient();
        var first = holder.Current!;

        Edit("company/kaifang.md", "一家研究人工智能的实验室。", "第二版。");
        Assert.True(loader.Rebuild("test"));
        var second = holder.Current!;
        Assert.NotEqual(first.Index.IndexPath, second.Index.IndexPath); // a new version gets its own file

        Edit("company/kaifang.md", "第二版。", "第三版。");
        Directory.CreateDirectory(IndexFile.VersionedPath(portal.IndexPath, ContentFingerprint.Compute(_content))); // the build cannot write its file
        Assert.False(loader.Rebuild("test"));
        Assert.Same(second, holder.Current);
        Assert.NotNull(holder.LastFailure);
        Assert.Contains("第二版", await Text(client, "/companies/kaifang"), StringComparison.Ordinal);
        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            var json = await health.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, health.StatusCode); // still serving: degraded, not down
            Assert.Contains("\"status\":\"degraded\"", json, StringComparison.Ordinal);
            Assert.Contains("The last rebuild failed", json, StringComparison.Ordinal);
        }

        Directory.Delete(IndexFile.VersionedPath(portal.IndexPath, ContentFingerprint.Compute(_content)));
        using (var request = portal.Services.CreateScope())
        {
            request.ServiceProvider.GetRequiredService<KnowledgeSnapshot>(); // a request still reading the second version
            Assert.True(loader.Rebuild("test"));
            Assert.True(File.Exists(second.Index.IndexPath));
        }

        Assert.False(File.Exists(second.Index.IndexPath)); // gone with its last reader
        Assert.True(File.Exists(first.Index.IndexPath)); // the configured file is never deleted
        Assert.Contains("第三版", await Text(client, "/companies/kaifang"), StringComparison.Ordinal);
        Assert.Contains("\"status\":\"ok\"", await Text(client, "/health"), StringComparison.Ordinal);
    }
}
