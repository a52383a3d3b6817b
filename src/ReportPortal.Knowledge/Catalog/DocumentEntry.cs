using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Catalog;

/// <summary>A document without its body, as every list, link, preview and search hit needs it: held in memory once
/// per snapshot, with its infobox already read.</summary>
public sealed record DocumentEntry(
    string Id,
    string Kind,
    string Title,
    string? TitleEn,
    string Summary,
    int? Order,
    string? Number,
    IReadOnlyList<string> Sources,
    IReadOnlyList<InfoboxField> Infobox,
    IReadOnlyList<NameRow> Names)
{
    public string Url { get; } = DocumentSchema.UrlOf(Kind, Id);

    public IEnumerable<string> Aliases => Names.Where(n => n.Role == "alias").Select(n => n.Name);

    /// <summary>Every name key (<see cref="Text.NameKey"/>), distinct.</summary>
    public IReadOnlyList<string> NameKeys { get; } = [.. Names.Select(n => n.Key).Distinct(StringComparer.Ordinal)];

    /// <summary>All name keys in one string, separated by a character no key contains: one search for one term.</summary>
    public string JoinedNameKeys => string.Join('\u0001', NameKeys);

    /// <summary>The first value of an infobox field, trimmed, or null when the document does not set it.</summary>
    public string? Field(string key) =>
        Infobox.FirstOrDefault(f => f.Key == key) is { Values.Count: > 0 } f && !string.IsNullOrWhiteSpace(f.Values[0]) ? f.Values[0].Trim() : null;
}
