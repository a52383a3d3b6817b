namespace ReportPortal.Web.OpenApi;

// The JSON answers of the API, as the OpenAPI document describes them. The endpoints write these shapes; a test
// (OpenApiDocumentTests) compares each documented shape with a real answer, so the two cannot drift apart.
#pragma warning disable CA1812 // only read by the schema generator

/// <summary>A document in a list.</summary>
internal sealed record DocumentListItem(string Id, string Kind, string Title, string? TitleEn, string Url);

/// <summary>The card shown when hovering over a link: kind names in Chinese and English.</summary>
internal sealed record DocumentPreview(string Id, string Kind, string? KindName, string? KindNameEn, string Title, string? TitleEn, string Summary, string Url);

/// <summary>A whole document without its body: infobox, sections, relations both ways, the pages that link to it.</summary>
internal sealed record DocumentAnswer(
    string Id, string Kind, string Title, string? TitleEn, string Url, string Summary, IReadOnlyList<string> Aliases,
    IReadOnlyList<FieldAnswer> Fields, IReadOnlyList<string> Sources, IReadOnlyList<SectionAnswer> Sections,
    IReadOnlyList<RelationAnswer> Relations, IReadOnlyList<IncomingLinkAnswer> IncomingLinks);

/// <summary>An infobox field; a value that names a document is its id.</summary>
internal sealed record FieldAnswer(string Key, string Label, IReadOnlyList<string> Values);

internal sealed record SectionAnswer(string Anchor, string Title, int Level);

/// <summary>A relation seen from this document: <c>direction</c> is <c>outgoing</c> (this document is the subject) or
/// <c>incoming</c>; <c>label</c> reads from this document.</summary>
internal sealed record RelationAnswer(
    string Type, string Label, string Direction, string OtherId, string OtherTitle, string OtherKind,
    string? Date, string? Amount, string? Note, string? Source);

/// <summary>A document that links here, at its first linking section, with every mention and its context.</summary>
internal sealed record IncomingLinkAnswer(string FromId, string FromKind, string FromTitle, string? SectionAnchor, int Count, IReadOnlyList<MentionAnswer> Mentions);

internal sealed record MentionAnswer(string Url, string? SectionTitle, string Context, bool IsAutomatic);

/// <summary>Search results: the best section of each matching document, with a snippet.</summary>
internal sealed record SearchAnswer(
    string Query, int Total, bool TotalIsLowerBound, IReadOnlyDictionary<string, int> Kinds, string? Message, IReadOnlyList<SearchHitAnswer> Hits);

/// <summary>A search hit; <c>url</c> points at the matching section; <c>snippet</c> is plain text around the match.</summary>
internal sealed record SearchHitAnswer(string Id, string Kind, string Title, string? TitleEn, string Url, string? Section, string Snippet, double Score);

/// <summary>A suggestion: the document and the name of it that matched what was typed.</summary>
internal sealed record SuggestionAnswer(string Id, string Kind, string Title, string? TitleEn, string Url, string Matched);

/// <summary>The state of the index: ok, or degraded when some content file could not be loaded.</summary>
internal sealed record HealthAnswer(
    string Status, int Documents, int Errors, int Warnings, string Fingerprint, bool IndexRebuilt, IReadOnlyList<ProblemAnswer> Problems);

internal sealed record ProblemAnswer(string File, int Line, string Severity, string Message, string Text);
#pragma warning restore CA1812
