namespace ReportPortal.Knowledge.Index;

/// <summary>The FTS5 table: one row per section of each document, its rowid the <see cref="Index.SectionRow"/> id, so
/// a match is mapped to its document in memory without reading FTS5's content table. <c>names</c> (title, English
/// name, aliases) is filled on a document's first row only; <c>heading</c> holds the section heading; <c>body</c> the
/// section text (on the first row, the summary and the text before the first heading). Every column holds <see cref="CjkText.ForIndex"/> text.</summary>
public static class SearchIndexSql
{
    public const string Create =
        "CREATE VIRTUAL TABLE search_fts USING fts5(names, heading, body, " +
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')";

    public const string Insert =
        "INSERT INTO search_fts(rowid, names, heading, body) VALUES ($rowid, $names, $heading, $body)";

    /// <summary>Column weights for bm25: names, then headings, then body.</summary>
    public const string Rank = "bm25(search_fts, 12.0, 4.0, 1.0)";
}
