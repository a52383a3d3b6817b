namespace ReportPortal.Knowledge.Search;

/// <summary>The FTS5 table: one row per section of each document. <c>names</c> (title, English name, aliases) is
/// filled on a document's first row only; <c>heading</c> holds the section heading; <c>body</c> its text.
/// Every indexed column holds <see cref="CjkText.ForIndex"/> text, never the original.</summary>
public static class SearchIndexSql
{
    public const string Create =
        "CREATE VIRTUAL TABLE search_fts USING fts5(doc_id UNINDEXED, section_ordinal UNINDEXED, names, heading, body, " +
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')";

    public const string Insert =
        "INSERT INTO search_fts(doc_id, section_ordinal, names, heading, body) VALUES ($doc, $ordinal, $names, $heading, $body)";

    /// <summary>Column weights for bm25: names, then headings, then body.</summary>
    public const string Rank = "bm25(search_fts, 0, 0, 12.0, 4.0, 1.0)";
}
