using System.Text;

namespace ReportPortal.Knowledge.Text;

/// <summary>Makes Chinese text searchable in an FTS5 <c>unicode61</c> table, which would otherwise treat a whole run
/// of Chinese characters as one token. Each run of Chinese characters is written as its overlapping bigrams
/// followed by its last character alone (人工智能 → 人工 工智 智能 能): every 2+-character word is then a phrase
/// of bigrams, and every single character is the prefix of some token. Other text passes through unchanged.</summary>
public static class CjkText
{
    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    public static string ForIndex(string text)
    {
        var output = new StringBuilder(text.Length * 3);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsCjk(text[i]))
            {
                output.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && IsCjk(text[i]))
            {
                i++;
            }

            output.Append(' ');
            AppendRun(text.AsSpan(start, i - start), output);
            output.Append(' ');
        }

        return output.ToString();
    }

    private static void AppendRun(ReadOnlySpan<char> run, StringBuilder output)
    {
        for (var j = 0; j + 1 < run.Length; j++)
        {
            output.Append(run[j]).Append(run[j + 1]).Append(' ');
        }

        output.Append(run[^1]);
    }

    /// <summary>The bigram phrase for a Chinese query word of 2+ characters (人工智能 → 人工 工智 智能).</summary>
    public static string Phrase(string word)
    {
        var output = new StringBuilder(word.Length * 3);
        for (var j = 0; j + 1 < word.Length; j++)
        {
            output.Append(j == 0 ? "" : " ").Append(word[j]).Append(word[j + 1]);
        }

        return output.ToString();
    }
}
