using System.Text.RegularExpressions;

namespace ReportPortal.Knowledge.Tests.Architecture;

/// <summary>The shape of the code, read from the source files: where each concern may live and how long a method may
/// grow. Each rule names the files that break it.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string s_src = Path.Combine(TestPaths.RepositoryRoot, "src");

    private static IEnumerable<string> SourceFiles(string project, string pattern = "*.cs") =>
        Directory.EnumerateFiles(Path.Combine(s_src, project), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"^namespace ReportPortal\.Knowledge\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"ReportPortal\.Knowledge\.(\w+)")]
    private static partial Regex KnowledgeReference();

    [Fact]
    public void Namespaces_inside_knowledge_form_no_cycle()
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles("ReportPortal.Knowledge"))
        {
            var text = File.ReadAllText(file);
            if (NamespaceLine().Match(text) is not { Success: true } ns)
            {
                continue;
            }

            var from = ns.Groups[1].Value;
            var targets = edges.TryGetValue(from, out var set) ? set : edges[from] = [];
            foreach (Match m in KnowledgeReference().Matches(text))
            {
                if (m.Groups[1].Value != from)
                {
                    targets.Add(m.Groups[1].Value);
                }
            }
        }

        Assert.True(edges.Count >= 8, $"only {edges.Count} namespaces found");
        var cycle = FindCycle(edges);
        Assert.True(cycle is null, "namespace cycle: " + string.Join(" → ", cycle ?? []));
    }

    [Fact]
    public void No_page_model_or_endpoint_touches_the_database_context()
    {
        var offenders = SourceFiles("ReportPortal.Web")
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Pages{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || f.Contains($"{Path.DirectorySeparatorChar}Api{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(SourceFiles("ReportPortal.Web", "*.cshtml"))
            .Where(f => File.ReadAllText(f).Contains("PortalDb", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Knowledge_draws_no_svg_outside_the_markdown_pipeline()
    {
        var offenders = SourceFiles("ReportPortal.Knowledge")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Markdown{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("<svg", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void No_method_in_src_is_longer_than_60_lines()
    {
        var methods = SourceFiles("ReportPortal.Knowledge").Concat(SourceFiles("ReportPortal.Web")).SelectMany(MethodLengths).ToList();

        Assert.True(methods.Count > 100, $"only {methods.Count} methods found");
        var longest = methods.OrderByDescending(m => m.Lines).First();
        Assert.True(longest.Lines <= 60, $"{longest.Where} has {longest.Lines} lines");
    }

    [GeneratedRegex(@"^(\s*)(public|private|internal|protected)\b[^=;{]*\)\s*(where [^{]*)?$")]
    private static partial Regex BlockMethodStart();

    [GeneratedRegex(@"\b(class|record|struct|interface)\b")]
    private static partial Regex TypeDeclaration();

    /// <summary>The length of every block-bodied method, constructor and local function with an access modifier:
    /// from its signature to the brace that closes it (the code is formatted with braces on their own lines).</summary>
    private static IEnumerable<(string Where, int Lines)> MethodLengths(string file)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var start = BlockMethodStart().Match(lines[i]);
            if (!start.Success || TypeDeclaration().IsMatch(lines[i]) || lines[i + 1].Trim() != "{" || lines[i + 1].TakeWhile(char.IsWhiteSpace).Count() != start.Groups[1].Length)
            {
                continue;
            }

            var close = Array.FindIndex(lines, i + 2, l => l.TrimEnd() == start.Groups[1].Value + "}");
            if (close > 0)
            {
                yield return ($"{Path.GetFileName(file)}:{i + 1}", close - i + 1);
            }
        }
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> edges)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.SkipWhile(p => p != next), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return edges.Keys.Where(n => state.GetValueOrDefault(n) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }
}
