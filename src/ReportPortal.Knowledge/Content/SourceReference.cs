namespace ReportPortal.Knowledge.Content;

/// <summary>A place in the report as content cites it: <c>chapter-slug</c> or <c>chapter-slug#anchor</c>.</summary>
public readonly record struct SourceReference(string ChapterId, string? Anchor)
{
    public static SourceReference Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var hash = source.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? new(source.Trim(), null) : new(source[..hash].Trim(), source[(hash + 1)..].Trim() is { Length: > 0 } a ? a : null);
    }

    /// <summary>The reference in a field that may be empty: null when it is.</summary>
    public static SourceReference? ParseOptional(string? source) => string.IsNullOrWhiteSpace(source) ? null : Parse(source);

    public override string ToString() => Anchor is null ? ChapterId : $"{ChapterId}#{Anchor}";
}
