namespace ReportPortal.Knowledge.Index;

// The rows of the SQLite index. The index is a cache of content/: every row is rebuilt from the files.

public sealed class DocumentRow
{
    public string Id { get; set; } = "";

    /// <summary>The kind's folder name (chapter, company…).</summary>
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string? TitleEn { get; set; }
    public string Summary { get; set; } = "";
    public string Html { get; set; } = "";
    public int? Order { get; set; }
    public string? Number { get; set; }
    public List<string> Sources { get; set; } = [];

    /// <summary>The infobox as JSON: a list of <see cref="InfoboxField"/>.</summary>
    public string FieldsJson { get; set; } = "[]";
}

/// <summary>One name a document is known by: its title, English name or an alias.</summary>
public sealed class NameRow
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Lower case, no white space: what an exact-name lookup compares.</summary>
    public string Key { get; set; } = "";

    /// <summary>title, title_en or alias.</summary>
    public string Role { get; set; } = "";
}

public sealed class SectionRow
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public int Ordinal { get; set; }
    public string Anchor { get; set; } = "";
    public string Title { get; set; } = "";
    public int Level { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A resolved link from a section of one document to another document.</summary>
public sealed class LinkRow
{
    public int Id { get; set; }
    public string FromId { get; set; } = "";
    public string FromAnchor { get; set; } = "";
    public string ToId { get; set; } = "";
    public int Line { get; set; }
    public bool IsAutomatic { get; set; }

    /// <summary>The text around the link in its paragraph, for backlinks.</summary>
    public string Context { get; set; } = "";
}

public sealed class RelationRow
{
    public int Id { get; set; }
    public string SubjectId { get; set; } = "";
    public string Type { get; set; } = "";
    public string ObjectId { get; set; } = "";
    public string? Date { get; set; }
    public string? Amount { get; set; }
    public string? Note { get; set; }
    public string? Source { get; set; }
}

public sealed class RelationTypeRow
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string Inverse { get; set; } = "";
    public string Group { get; set; } = "";
}

public sealed class EventRow
{
    public int Id { get; set; }
    public string Date { get; set; } = "";
    public string Precision { get; set; } = "";
    public string Sort { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Source { get; set; }
    public bool Forecast { get; set; }
    public List<string> Entities { get; set; } = [];
}

public sealed class ProblemRow
{
    public int Id { get; set; }
    public string File { get; set; } = "";
    public int Line { get; set; }
    public string Severity { get; set; } = "";
    public string Message { get; set; } = "";
}

/// <summary>An alternate id and the document it leads to.</summary>
public sealed class RedirectRow
{
    public string FromId { get; set; } = "";
    public string ToId { get; set; } = "";
}

public sealed class MetaRow
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

/// <summary>An infobox line as stored in <see cref="DocumentRow.FieldsJson"/>.</summary>
public sealed record InfoboxField(string Key, string Label, string LabelEn, bool IsIdReference, IReadOnlyList<string> Values);
