using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>A document ready to serve: its HTML, its sections as plain text, and the links it makes.</summary>
public sealed record RenderedDocument(
    ContentDocument Source,
    string Html,
    IReadOnlyList<RenderedSection> Sections,
    IReadOnlyList<RenderedLink> Links);

/// <summary>A heading and the text under it up to the next heading. The first section is always the part before
/// the first heading (possibly empty), with an empty anchor and the document title.</summary>
public sealed record RenderedSection(string Anchor, string Title, int Level, string Text);

/// <summary>A link from a section of this document to another document (or a broken one).</summary>
public sealed record RenderedLink(string SectionAnchor, string TargetId, string? TargetAnchor, int Line, bool IsBroken, bool IsAutomatic, string Context);
