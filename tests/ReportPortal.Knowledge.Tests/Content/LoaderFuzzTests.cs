using System.Text;
using CsCheck;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;

namespace ReportPortal.Knowledge.Tests.Content;

/// <summary>Whatever bytes a content file holds, loading and rendering never throw: the file is loaded, or left out
/// and reported with its path.</summary>
public sealed class LoaderFuzzTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private static readonly string[] s_seeds =
        [.. Directory.EnumerateFiles(TestPaths.FixtureContent, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Select(File.ReadAllText)];

    private static readonly string[] s_inserts =
        ["\n---\n", "---", ": ", "[", "]", "{", "}", "&a", "*a", "!!str", "? ", "- ", "\t", "\"", "'", "#", "> ", "[[", "]]", "|", "\0", "\uFFFD", "\r", "{#x}", "{onclick=x}", "<script>"];

    /// <summary>A real fixture file with a few random edits: a cut, a repeated piece, a syntax fragment inserted.</summary>
    private static readonly Gen<byte[]> s_mutated =
        Gen.Select(Gen.Int[0, s_seeds.Length - 1], Gen.Int[0, 2000], Gen.Int[0, 2000], Gen.Int[0, s_inserts.Length - 1], Gen.Int[0, 3])
            .Select((seed, at, length, insert, kind) =>
            {
                var text = s_seeds[seed];
                var i = Math.Min(at, text.Length);
                var n = Math.Min(length % 200, text.Length - i);
                var edited = kind switch
                {
                    0 => text.Remove(i, n),
                    1 => text.Insert(i, text.Substring(i, n)),
                    2 => text.Insert(i, string.Concat(Enumerable.Repeat(s_inserts[insert], 1 + (length % 40)))),
                    _ => text.Insert(i, s_inserts[insert]),
                };
                return Encoding.UTF8.GetBytes(edited);
            });

    private static readonly Gen<byte[]> s_bytes = Gen.Byte.Array[0, 3000];

    [Fact]
    public void Random_bytes_and_mutated_files_are_loaded_or_reported_never_thrown()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        var target = Path.Combine(content, "term", "fuzzed.md");
        var pipeline = new RenderPipeline();
        Gen.Frequency((3, s_mutated), (1, s_bytes)).Sample(bytes =>
        {
            File.WriteAllBytes(target, bytes);
            var set = ContentLoader.Load(content);
            var problems = new List<ContentProblem>(set.Problems);
            var rendered = pipeline.Render(set, problems);

            var loaded = set.Documents.Any(d => d.Path == "term/fuzzed.md");
            Assert.True(loaded || problems.Any(p => p.File == "term/fuzzed.md"), "the file was neither loaded nor reported");
            Assert.Contains(rendered, r => r.Source.Id == "weiruan");
        }, iter: 300);
    }
}
