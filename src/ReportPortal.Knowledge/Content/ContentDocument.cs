namespace ReportPortal.Knowledge.Content;

/// <summary>One Markdown file of <c>content/</c>, its front matter read and checked, its body not yet rendered.</summary>
public sealed record ContentDocument
{
    public required string Id { get; init; }
    public required DocumentKind Kind { get; init; }
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Summary { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The kind's infobox fields that the file sets, in schema order.</summary>
    public IReadOnlyList<FieldValue> Fields { get; init; } = [];
    public IReadOnlyList<Relation> Relations { get; init; } = [];

    /// <summary>Aliases that must not be turned into links automatically.</summary>
    public IReadOnlyList<string> NoAutolink { get; init; } = [];

    /// <summary>Other ids that mean this document (a concept the inventory lists twice): links and URLs with them
    /// lead here.</summary>
    public IReadOnlyList<string> AlternateIds { get; init; } = [];

    /// <summary>Chapters only: position in the report (1-based) and the report's numbering (一, 附件…).</summary>
    public int? Order { get; init; }
    public string? Number { get; init; }

    public required string Body { get; init; }

    /// <summary>Path relative to the content folder, with forward slashes.</summary>
    public required string Path { get; init; }

    /// <summary>The file line on which <see cref="Body"/> starts, so body problems are reported at file lines.</summary>
    public required int BodyLine { get; init; }
}

/// <summary>A filled infobox field: its schema entry and its values (one for text fields, several for lists).</summary>
public sealed record FieldValue(FieldSpec Spec, IReadOnlyList<string> Values);

/// <summary>A typed edge written on its subject's page.</summary>
public sealed record Relation(string Type, string Target, string? Date, string? Amount, string? Note, string? Source, int Line);
