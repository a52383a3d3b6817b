using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>What a link can point at: a document, its title and the anchors of its sections.</summary>
public sealed record LinkTarget(string Id, DocumentKind Kind, string Title, IReadOnlySet<string> Anchors);
