using System.Text;
using ReportPortal.Knowledge.Text;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Benchmarks;

/// <summary>Writes a content folder of N synthetic documents that look like ours: Chinese prose built from the words
/// of our own content, English names and abbreviations mixed in, headings, tables, [[links]] and relations; sizes
/// drawn from the real content's size distribution. Deterministic for a given seed.</summary>
public sealed class SyntheticCorpus
{
    private readonly Random _random;
    private readonly string[] _words;
    private readonly string[] _latin;
    private readonly int[] _sizes;

    public SyntheticCorpus(ContentSet real, int seed = 42)
    {
        _random = new Random(seed);
        var words = new List<string>();
        var latin = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in real.Documents)
        {
            foreach (var run in Runs(doc.Body + doc.Summary))
            {
                for (var i = 0; i + 2 <= run.Length; i += 2)
                {
                    words.Add(run.Substring(i, Math.Min(run.Length - i, 2 + (i % 3 == 0 ? 1 : 0))));
                }
            }

            foreach (var name in new[] { doc.TitleEn }.Concat(doc.Aliases).OfType<string>().Where(n => n.Length is > 1 and < 24 && n.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is ' ' or '-' or '.'))))
            {
                latin.Add(name);
            }
        }

        _words = [.. words];
        _latin = [.. latin];
        _sizes = [.. real.Documents.Select(d => d.Body.Length).Order()];
    }

    public static IEnumerable<string> Runs(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var cjk = i < text.Length && CjkText.IsCjk(text[i]);
            if (cjk && start < 0)
            {
                start = i;
            }
            else if (!cjk && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    public void Write(string folder, int count)
    {
        var kinds = new[] { "company", "product", "technology", "term", "person", "organisation" };
        for (var i = 0; i < count; i++)
        {
            var chapter = i % 40 == 0;
            var kind = chapter ? "chapter" : kinds[i % kinds.Length];
            Directory.CreateDirectory(Path.Combine(folder, kind));
            File.WriteAllText(Path.Combine(folder, kind, $"d{i}.md"), Document(i, chapter, count));
        }

        File.WriteAllText(Path.Combine(folder, "report.yaml"), "title: 合成语料\nauthor: 基准\norganisation: 基准\ndate: 2023-02-21\nsummary: 基准测试用的合成语料。\n");
        File.WriteAllText(Path.Combine(folder, "relation-types.yaml"), "related-to: { label: 相关, inverse: 相关, group: 其他 }\n");
    }

    private string Document(int i, bool chapter, int count)
    {
        var text = new StringBuilder();
        var title = Words(2) + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        text.Append("---\n")
            .Append("title: ").Append(title).Append('\n')
            .Append("title_en: ").Append(Latin()).Append(' ').Append(i).Append('\n')
            .Append("aliases: [").Append(Words(3)).Append(i).Append(", ").Append(Latin()).Append('-').Append(i).Append("]\n")
            .Append("summary: ").Append(Sentence()).Append('\n');
        if (chapter)
        {
            text.Append("order: ").Append(i + 1).Append('\n');
        }
        else
        {
            text.Append("sources: []\n")
                .Append("relations:\n  - { type: related-to, target: d").Append(_random.Next(count)).Append(" }\n");
        }

        text.Append("---\n\n");
        var size = _sizes[_random.Next(_sizes.Length)] * (chapter ? 3 : 1);
        var section = 1;
        while (text.Length < size)
        {
            if (_random.Next(6) == 0)
            {
                text.Append("\n## ").Append(section).Append('.').Append(_random.Next(9)).Append(' ').Append(Words(3)).Append("\n\n");
                section++;
            }

            text.Append(Sentence()).Append(" [[d").Append(_random.Next(count)).Append("]] ").Append(Sentence()).Append("\n\n");
        }

        return text.ToString();
    }

    private string Words(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => _words[_random.Next(_words.Length)]));

    private string Latin() => _latin[_random.Next(_latin.Length)];

    private string Sentence()
    {
        var s = new StringBuilder();
        var parts = 3 + _random.Next(6);
        for (var p = 0; p < parts; p++)
        {
            s.Append(_random.Next(5) == 0 ? " " + Latin() + " " : Words(2 + _random.Next(3)));
            s.Append(p == parts - 1 ? "。" : "，");
        }

        return s.ToString();
    }
}
