using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Queries;

/// <summary>The timeline: every dated event in order, filtered by event kind, by one document it names, or by the
/// kind of document it names, grouped by decade (before 2000) or year.</summary>
public sealed class TimelineQueries(KnowledgeSnapshot snapshot, PortalDb db)
{
    public sealed record Filter(string? Kind, string? Entity, string? DocType);

    public sealed record EntityLink(string Id, string Title, string? TitleEn, string? Url);

    public sealed record SourceLink(string Url, string Label);

    public sealed record Item(EventRow Row, IReadOnlyList<EntityLink> Entities, SourceLink? Source);

    /// <summary>A part of the list: a decade before 2000 (key "1940s"), a year from then on (key "2022").</summary>
    public sealed record Group(string Key, IReadOnlyList<Item> Items);

    /// <summary>What a filter value named that does not exist, for the page to say so.</summary>
    public enum UnknownValue { Kind, Entity, DocType }

    public sealed record Result(
        IReadOnlyList<Group> Groups, int Total, int Shown, IReadOnlyList<KindSpec> DocTypes,
        DocumentEntry? EntityDoc, string? DocType, IReadOnlyList<UnknownValue> Unknown);

    public async Task<Result> ListAsync(Filter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = await db.Events.OrderBy(e => e.Sort).ThenBy(e => e.Id).ToListAsync(ct);
        var docs = snapshot.Documents;
        var docTypes = DocumentSchema.Kinds.Where(k => events.Any(e => e.Entities.Any(id => docs.ById.TryGetValue(id, out var d) && d.Kind == k.Folder))).ToList();
        var unknown = new List<UnknownValue>();

        IEnumerable<EventRow> shown = events;
        if (filter.Kind is { } kind)
        {
            if (!EventKinds.IsKnown(kind))
            {
                unknown.Add(UnknownValue.Kind);
            }

            shown = shown.Where(e => e.Kind == kind);
        }

        var entityDoc = filter.Entity is null ? null : docs.Find(filter.Entity);
        if (filter.Entity is { } entity)
        {
            if (entityDoc is null)
            {
                unknown.Add(UnknownValue.Entity);
            }

            var id = entityDoc?.Id ?? entity;
            shown = shown.Where(e => e.Entities.Contains(id));
        }

        var spec = filter.DocType is null ? null : DocumentSchema.ByFolder(filter.DocType) ?? DocumentSchema.ByUrlSegment(filter.DocType);
        if (filter.DocType is not null)
        {
            if (spec is null)
            {
                unknown.Add(UnknownValue.DocType);
            }

            shown = shown.Where(e => spec is not null && e.Entities.Any(id => docs.ById.TryGetValue(id, out var d) && d.Kind == spec.Folder));
        }

        var sections = await SectionTitlesAsync(events, ct);
        var items = shown.Select(e => ItemOf(e, sections)).ToList();
        var groups = items.GroupBy(i => GroupKey(i.Row.Sort)).Select(g => new Group(g.Key, [.. g])).ToList();
        return new Result(groups, events.Count, items.Count, docTypes, entityDoc, spec?.Folder ?? filter.DocType, unknown);
    }

    /// <summary>A machine-readable date for &lt;time&gt;, only when the date as given is one (1950, 2022-11, 2022-11-30).</summary>
    public static string? DateTimeOf(string date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.Length is 4 or 7 or 10 && date.All(c => char.IsAsciiDigit(c) || c == '-') && date[..4].All(char.IsAsciiDigit) ? date : null;
    }

    private Item ItemOf(EventRow e, Dictionary<(string, string), string> sections) => new(
        e,
        [.. e.Entities.Select(id => snapshot.Documents.ById.TryGetValue(id, out var d)
            ? new EntityLink(id, d.Title, d.TitleEn, d.Url)
            : new EntityLink(id, id, null, null))],
        SourceOf(SourceReference.ParseOptional(e.Source), sections));

    private async Task<Dictionary<(string, string), string>> SectionTitlesAsync(List<EventRow> events, CancellationToken ct)
    {
        var chapterIds = events.Select(e => SourceReference.ParseOptional(e.Source)?.ChapterId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return (await db.Sections.Where(s => chapterIds.Contains(s.DocumentId)).Select(s => new { s.DocumentId, s.Anchor, s.Title }).ToListAsync(ct))
            .GroupBy(s => (s.DocumentId, s.Anchor))
            .ToDictionary(g => g.Key, g => g.First().Title);
    }

    private SourceLink? SourceOf(SourceReference? source, Dictionary<(string, string), string> sections)
    {
        if (source is not { } s)
        {
            return null;
        }

        var label = snapshot.Documents.ById.TryGetValue(s.ChapterId, out var chapter) ? chapter.Title : s.ChapterId;
        if (s.Anchor is { } anchor)
        {
            label += " · " + (sections.TryGetValue((s.ChapterId, anchor), out var title) ? title : anchor);
        }

        return new SourceLink(DocumentSchema.UrlOf(DocumentKind.Chapter, s.ChapterId, s.Anchor), label);
    }

    private static string GroupKey(string sort)
    {
        var year = sort.Length >= 4 && int.TryParse(sort.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0;
        return year < 2000 ? (year / 10 * 10).ToString(CultureInfo.InvariantCulture) + "s" : year.ToString(CultureInfo.InvariantCulture);
    }
}
