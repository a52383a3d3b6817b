using ReportPortal.Knowledge.Text;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.ContentAudit.Tests;

/// <summary>Pages are written in our own words: no body or summary repeats 30 or more consecutive characters of the
/// report (white space removed). Heading lines are exempt (they carry the report's headings), and so are runs with no
/// Chinese character in them (names, English titles, numbers).</summary>
public class CopyCheckTests
{
    private const int RunLength = 30;

    [SharedFact]
    public void No_page_repeats_30_characters_of_the_report()
    {
        var seedPath = TestPaths.SeedFile;
        Assert.True(seedPath is not null, "the report's text is missing: the copy check needs ../shared/seed beside the repository");
        var seed = Squeeze(File.ReadAllText(seedPath!));
        var windows = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + RunLength <= seed.Length; i++)
        {
            windows.Add(seed.Substring(i, RunLength));
        }

        var content = ContentLoader.Load(TestPaths.Content);
        var copies = content.Documents.SelectMany(d => CopiedRuns(d, windows)).ToList();

        Assert.True(copies.Count == 0, $"{copies.Count} copied runs:\n" + string.Join("\n", copies.Take(30)));
        Assert.True(content.Documents.Count > 26);
    }

    /// <summary>The first copied run of each body line (runs may cross line breaks within the body).</summary>
    private static IEnumerable<string> CopiedRuns(ContentDocument doc, HashSet<string> windows)
    {
        var text = new System.Text.StringBuilder();
        var lineOf = new List<int>();
        void Add(string part, int line)
        {
            foreach (var c in part.Where(c => !char.IsWhiteSpace(c)))
            {
                text.Append(c);
                lineOf.Add(line);
            }
        }

        Add(doc.Summary, 1);
        text.Append('\0');
        lineOf.Add(0);
        var lines = doc.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith('#'))
            {
                Add(lines[i], doc.BodyLine + i);
            }
        }

        var squeezed = text.ToString();
        var reported = new HashSet<int>();
        for (var i = 0; i + RunLength <= squeezed.Length; i++)
        {
            var window = squeezed.Substring(i, RunLength);
            if (windows.Contains(window) && window.Any(CjkText.IsCjk) && reported.Add(lineOf[i]))
            {
                yield return $"{doc.Path}:{lineOf[i]}: {window}";
            }
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
