using System.Text;

using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Search;

/// <summary>A reader's query made safe for FTS5: split into terms at spaces and at the border between Chinese
/// and other text, stripped of everything but letters and digits, each term quoted. Raw input never reaches MATCH.</summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;

    private SearchQuery(string text, IReadOnlyList<string> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>The query as the reader typed it (trimmed).</summary>
    public string Text { get; }

    /// <summary>The words searched for, as they appear in text (used for highlighting).</summary>
    public IReadOnlyList<string> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? input)
    {
        var text = (input ?? "").Trim();
        var terms = new List<string>();
        var current = new StringBuilder();
        bool? currentIsCjk = null;

        void Flush()
        {
            if (current.Length > 0 && !terms.Contains(current.ToString(), StringComparer.OrdinalIgnoreCase))
            {
                terms.Add(current.ToString());
            }

            current.Clear();
            currentIsCjk = null;
        }

        foreach (var c in text)
        {
            if (CjkText.IsCjk(c))
            {
                if (currentIsCjk == false)
                {
                    Flush();
                }

                current.Append(c);
                currentIsCjk = true;
            }
            else if (char.IsLetterOrDigit(c) || c is '-' or '.' or '+' or '#' or '·')
            {
                if (currentIsCjk == true)
                {
                    Flush();
                }

                current.Append(c);
                currentIsCjk = false;
            }
            else
            {
                Flush();
            }
        }

        Flush();
        terms.RemoveAll(t => !t.Any(char.IsLetterOrDigit));
        return new SearchQuery(text, terms);
    }

    /// <summary>The FTS5 MATCH expression: every term must occur. Chinese words are bigram phrases; a single
    /// Chinese character is a prefix; other words are phrases of their letters and digits.</summary>
    public string ToMatchExpression() => string.Join(" AND ", Terms.Take(MaxTerms).Select(TermExpression));

    /// <summary>A looser expression for when the strict one finds nothing: long Chinese words become separate
    /// bigrams that must all occur, but not necessarily next to each other (微软投资 finds 微软……投资), and Latin
    /// words of 3+ letters match as prefixes (Reinf finds Reinforcement, Altm finds Altman).</summary>
    public string ToRelaxedMatchExpression() => string.Join(" AND ", Terms.Take(MaxTerms).SelectMany(t =>
        t.Length > 2 && t.All(CjkText.IsCjk) ? CjkText.Phrase(t).Split(' ').Select(Quote)
        : IsLatinWord(t) ? [TermExpression(t) + "*"]
        : [TermExpression(t)]));

    /// <summary>True when the relaxed expression differs from the strict one.</summary>
    public bool CanRelax => Terms.Any(t => (t.Length > 2 && t.All(CjkText.IsCjk)) || IsLatinWord(t));

    private static bool IsLatinWord(string term) => term.Length >= 3 && !term.Any(CjkText.IsCjk) && char.IsLetterOrDigit(term[^1]);

    private static string TermExpression(string term)
    {
        if (term.All(CjkText.IsCjk))
        {
            return term.Length == 1 ? Quote(term) + "*" : Quote(CjkText.Phrase(term));
        }

        var words = new string(term.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
        return Quote(words.Trim());
    }

    private static string Quote(string phrase) => "\"" + phrase.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
