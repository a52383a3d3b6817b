using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Queries;

/// <summary>A document in short: enough to list it or link to it.</summary>
public sealed record DocumentRef(string Id, string Kind, string Title, string? TitleEn, string Url);

/// <summary>Everything a page or the JSON API shows about one document.</summary>
public sealed record DocumentDetails(
    DocumentRow Row,
    string Url,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<InfoboxLine> Infobox,
    IReadOnlyList<RelationView> Relations,
    IReadOnlyList<Backlink> Backlinks,
    IReadOnlyList<SectionRef> Sections,
    IReadOnlyList<SourceRef> Sources);

/// <summary>An infobox line; a value that is a document id comes with its <see cref="DocumentRef"/>.</summary>
public sealed record InfoboxLine(string Key, string Label, string LabelEn, IReadOnlyList<InfoboxValue> Values);

public sealed record InfoboxValue(string Text, DocumentRef? Link);

/// <summary>A relation seen from this document: <see cref="Label"/> reads "this LABEL other" (投资 from the
/// subject, 获投资 from the object).</summary>
public sealed record RelationView(
    string Type,
    string Label,
    string Group,
    bool IsOutgoing,
    DocumentRef Other,
    string? Date,
    string? Amount,
    string? Note,
    string? Source);

/// <summary>A document that links here: the first section the link is in, and every mention with its context.</summary>
public sealed record Backlink(DocumentRef From, string? SectionAnchor, string? SectionTitle, int Count, IReadOnlyList<Mention> Mentions);

/// <summary>One link to a document: the section it is in (with its URL) and the text around it.</summary>
public sealed record Mention(string Url, string? SectionTitle, string Context, bool IsAutomatic);

public sealed record SectionRef(string Anchor, string Title, int Level);

/// <summary>Where in the report a document's facts come from: a chapter, and a section of it if known.</summary>
public sealed record SourceRef(string Text, string? Url);
