using Markdig.Syntax.Inlines;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>A <c>[[id]]</c>, <c>[[id|label]]</c> or <c>[[id#anchor|label]]</c> link. Parsing fills the target;
/// a later resolve step (<see cref="LinkResolver"/>) fills the URL and the title, or marks it broken.</summary>
public sealed class WikiLink : LeafInline
{
    public required string TargetId { get; init; }
    public string? Anchor { get; init; }

    /// <summary>The author's label, if the link has one.</summary>
    public string? Label { get; init; }

    /// <summary>Set when resolved: the target's URL (with anchor).</summary>
    public string? Url { get; set; }

    /// <summary>Set when resolved: the target's id (differs from <see cref="TargetId"/> for an alternate id).</summary>
    public string? ResolvedId { get; set; }

    /// <summary>Set when resolved: the target's title, shown when the author gave no label.</summary>
    public string? TargetTitle { get; set; }

    /// <summary>True when added by the auto-linker rather than written by the author.</summary>
    public bool IsAutomatic { get; init; }

    public bool IsBroken => Url is null;

    /// <summary>The text the reader sees.</summary>
    public string Text => Label ?? TargetTitle ?? TargetId;
}
