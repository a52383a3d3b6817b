using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Index.Incremental;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Tests.Index;

/// <summary>Issue #12, item 3: after an edit, the index patched incrementally answers exactly as a full build of the
/// same content does: every table, every search row, each document's details, search hits, suggestions and lists.
/// Each case edits a scratch copy of the fixture content after the first snapshot's state has been learnt.</summary>
public sealed class IncrementalUpdateTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();
    private readonly string _content;
    private int _fullBuilds;

    public IncrementalUpdateTests() => _content = _scratch.CopyOf(TestPaths.FixtureContent);

    public void Dispose() => _scratch.Dispose();

    private string BasePath => Path.Combine(_scratch.Path, "live", "index.db");

    private string PathOf(string relative) => Path.Combine(_content, relative);

    private void Edit(string relative, string from, string to)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(PathOf(relative), text.Replace(from, to, StringComparison.Ordinal));
    }

    private void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    /// <summary>The edits a one-file change can be; each must be patched, not built in full.</summary>
    public static TheoryData<string> Edits => new(EditsByName.Keys);

    private static readonly Dictionary<string, Action<IncrementalUpdateTests>> EditsByName = new(StringComparer.Ordinal)
    {
        ["body text"] = t => t.Edit("company/kaifang.md", "是一家人工智能实验室", "是一家在星云路办公的人工智能实验室"),
        ["a title that another document's text now mentions (new automatic link)"] = t => t.Edit("technology/zhuyili.md", "title: 注意力机制", "title: 聊天机器人"),
        ["an alias that another document mentions"] = t => t.Edit("company/xinli.md", "aliases: [芯力]", "aliases: [芯力, 算力]"),
        ["a title that takes another document's alias"] = t => t.Edit("company/weiruan.md", "title: 微软", "title: 星河"),
        ["a title that explicit links show"] = t => t.Edit("person/wang-wu.md", "title: 王五", "title: 王五六"),
        ["a new link"] = t => t.Edit("company/xinli.md", "供应芯片。", "供应芯片，也与 [[zhuyili]] 和 [[02-outlook#2-2|预测]] 有关。"),
        ["a broken link"] = t => t.Edit("company/xinli.md", "供应芯片。", "供应芯片，见 [[no-such-page]]。"),
        ["a heading another page's sources name"] = t => t.Edit("chapter/02-outlook.md", "## 2.1 新公司", "## 2.4 新公司"),
        ["a relation changed and one added"] = t => t.Edit("company/weiruan.md", "amount: 10 亿美元", "amount: 20 亿美元 }\n  - { type: invested-in, target: xinghe"),
        ["a new file that links and is mentioned"] = t => t.Write("term/xin-gainian.md",
            "---\ntitle: 算力\ntitle_en: New Concept\naliases: [新概念]\nsummary: 一个新加的术语。\nsources: [01-start]\nrelations:\n  - { type: uses, target: zhuyili }\n---\n\n新概念与 [[kaifang]] 有关，见 [[xinghe]]。\n"),
        ["a file deleted that others link to"] = t => File.Delete(t.PathOf("person/zhang-san.md")),
        ["a broken file added"] = t => t.Write("term/kaputt.md", "---\ntitle: [kaputt\n---\n"),
        ["an alternate id moved"] = t => t.Edit("company/kaifang.md", "alternate_ids: [openlab-old]", "alternate_ids: [openlab-older]"),
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_one_file_edit_is_patched_and_answers_as_a_full_build(string edit)
    {
        var first = await KeptSnapshot();

        EditsByName[edit](this);
        var next = SnapshotBuilder.Build(_content, BasePath, first)!;

        Assert.StartsWith("incremental", SnapshotBuilder.HowBuilt(next), StringComparison.Ordinal);
        Assert.NotEqual(first.Index.IndexPath, next.Index.IndexPath);
        Assert.Equal(await IndexComparison.Dump(FullBuild()), await IndexComparison.Dump(next));
    }

    [Fact]
    public async Task A_chain_of_edits_stays_equal_to_a_full_build_at_every_step()
    {
        var snapshot = await KeptSnapshot();
        Action[] steps =
        [
            () => Edit("company/xinli.md", "aliases: [芯力]", "aliases: [芯力, 算力]"),
            () => Edit("company/xinli.md", "供应芯片。", "供应芯片，见 [[02-outlook#2-1]] 与 [[xin-gainian]]。"),
            () => Write("term/xin-gainian.md", "---\ntitle: 新概念\nsummary: 新术语。\n---\n\n新概念讲的是芯力和算力。\n"),
            () => Edit("chapter/02-outlook.md", "## 2.1 新公司", "## 2.3 新公司"),
            () => Edit("company/xinli.md", "aliases: [芯力, 算力]", "aliases: [芯力, 算力芯片]\nno_autolink: [芯力]"),
            () => File.Delete(PathOf("term/xin-gainian.md")),
            () => Edit("company/kaifang.md", "title: 开放实验室", "title: 开放研究院"),
        ];

        foreach (var step in steps)
        {
            step();
            snapshot = SnapshotBuilder.Build(_content, BasePath, snapshot)!;
            Assert.StartsWith("incremental", SnapshotBuilder.HowBuilt(snapshot), StringComparison.Ordinal);
            Assert.Equal(await IndexComparison.Dump(FullBuild()), await IndexComparison.Dump(snapshot));
        }
    }

    [Fact]
    public async Task A_data_file_change_is_built_in_full_and_the_next_edit_is_patched_again()
    {
        var first = await KeptSnapshot();

        File.AppendAllText(PathOf("relation-types.yaml"), "\nmentors: { label: 指导, inverse: 受指导于, group: 人物 }\n");
        var full = SnapshotBuilder.Build(_content, BasePath, first)!;
        Assert.Equal("full build (a data file changed)", SnapshotBuilder.HowBuilt(full));
        Assert.Equal(await IndexComparison.Dump(FullBuild()), await IndexComparison.Dump(full));

        await SnapshotBuilder.KeepState(full, _content); // learnt in the background after a full build
        Edit("company/kaifang.md", "是一家人工智能实验室", "是一家在星云路办公的人工智能实验室");
        var patched = SnapshotBuilder.Build(_content, BasePath, full)!;
        Assert.StartsWith("incremental", SnapshotBuilder.HowBuilt(patched), StringComparison.Ordinal);
        Assert.Equal(await IndexComparison.Dump(FullBuild()), await IndexComparison.Dump(patched));
    }

    [Fact]
    public async Task An_edit_that_reaches_too_many_documents_is_built_in_full()
    {
        for (var i = 0; i < 210; i++)
        {
            Write($"term/gen-{i:D3}.md", $"---\ntitle: 生成条目{i}\nsummary: 第 {i} 个。\n---\n\n生成条目{i}讲的是开放实验室。\n");
        }

        var first = await KeptSnapshot();
        Edit("company/kaifang.md", "title: 开放实验室", "title: 开放研究院"); // every generated page mentioned the old title

        var next = SnapshotBuilder.Build(_content, BasePath, first)!;

        Assert.Matches(@"^full build \(2\d\d documents would be rendered again\)$", SnapshotBuilder.HowBuilt(next));
        Assert.Equal(await IndexComparison.Dump(FullBuild()), await IndexComparison.Dump(next));
    }

    [Theory]
    [InlineData("fixture")]
    [InlineData("hostile")]
    public void The_kept_state_reads_content_as_the_loader_and_renderer_do(string which)
    {
        var folder = which == "fixture" ? TestPaths.FixtureContent : TestPaths.HostileContent;
        var full = IndexFile.Ensure(folder, Path.Combine(_scratch.Path, which + ".db"));

        var state = ContentState.Capture(folder);

        Assert.Equal(full.Problems, state.Problems);
        Assert.Equal(full.DocumentCount, state.DocumentCount);
    }

    /// <summary>The first snapshot, its state learnt (as the watcher asks for once it runs).</summary>
    private async Task<KnowledgeSnapshot> KeptSnapshot()
    {
        var first = SnapshotBuilder.Build(_content, BasePath, null)!;
        await SnapshotBuilder.KeepState(first, _content);
        Assert.Null(SnapshotBuilder.HowBuilt(first)); // the state was learnt and matched the build
        return first;
    }

    /// <summary>A full build of the content as it is now, in a folder of its own.</summary>
    private KnowledgeSnapshot FullBuild() =>
        KnowledgeSnapshot.Load(_content, Path.Combine(_scratch.Path, $"full-{++_fullBuilds}", "index.db"));
}
