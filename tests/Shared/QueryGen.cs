using CsCheck;

namespace ReportPortal.Tests.Support;

/// <summary>Generated search input: random text, and text made of the pieces that break naive FTS5 queries.</summary>
public static class QueryGen
{
    private static readonly string[] s_pieces =
    [
        "\"", "'", "AND", "OR", "NOT", "NEAR", "NEAR(", "*", ":", "-", "(", ")", "^", "+", "C++", ".NET", "GPT-3", "a:b",
        "\\", "%", "_", "\0", "\u0001", "\u007f", "\t", "\n", "😀", "👩‍💻", "\uD800", "微软", "微", "人工智能", "RLHF",
        "Transformer架构", "OpenAl", "{", "}", "[", "]", "<script>", "&", ";", "--", "/*", "NULL", " ", "　", "，",
    ];

    /// <summary>Queries of 0 to about 300 characters.</summary>
    public static readonly Gen<string> Query = Gen.OneOf(
        Gen.String[0, 300],
        Gen.Char.Array[0, 60].Select(chars => new string(chars)),
        Gen.Int[0, s_pieces.Length - 1].Select(i => s_pieces[i]).Array[0, 12].Select(parts => string.Concat(parts)),
        Gen.Int[0, s_pieces.Length - 1].Select(i => s_pieces[i]).Array[0, 12].Select(parts => string.Join(' ', parts)));
}
