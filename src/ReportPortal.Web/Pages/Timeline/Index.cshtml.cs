using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Web.Pages.Timeline;

/// <summary>Every dated event of the report in order, from the 1940s to its forecasts, filterable by event kind,
/// by one document it names, or by the kind of document it names.</summary>
public sealed class IndexModel(PortalDb db, IStringLocalizer t) : PageModel
{
    /// <summary>Event kinds of timeline.yaml, in the order the filter offers them, with their Chinese names (the keys of
    /// their English names in the interface strings).</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> EventKinds =
    [
        new("history", "历史"),
        new("openai", "OpenAI"),
        new("industry", "产业"),
        new("market", "市场"),
        new("person", "人物"),
        new("policy", "政策"),
        new("publisher", "出版方"),
    ];

    public sealed record EntityLink(string Id, string Title, string? TitleEn, string? Url);

    public sealed record SourceLink(string Url, string Label);

    public sealed record Item(EventRow Row, IReadOnlyList<EntityLink> Entities, SourceLink? Source);

    /// <summary>A part of the list: a decade before 2000 (key "1940s"), a year from then on (key "2022").</summary>
    public sealed record Group(string Key, IReadOnlyList<Item> Items);

    public string? Kind { get; private set; }
    public string? Entity { get; private set; }
    public string? DocType { get; private set; }

    /// <summary>The document named by <see cref="Entity"/>, when it exists.</summary>
    public DocumentRow? EntityDoc { get; private set; }

    /// <summary>Why the list is empty although a filter was given, if a filter value is unknown.</summary>
    public List<string> Unknown { get; private set; } = [];

    public List<Group> Groups { get; private set; } = [];
    public int Total { get; private set; }
    public int Shown { get; private set; }

    /// <summary>The document kinds some event names, for the filter.</summary>
    public List<KindSpec> DocTypes { get; private set; } = [];

    public bool IsFiltered => Kind is not null || Entity is not null || DocType is not null;

    public async Task OnGetAsync(string? kind, string? entity, string? doctype, CancellationToken ct)
    {
        Kind = Clean(kind);
        Entity = Clean(entity);
        DocType = Clean(doctype);

        var events = await db.Events.OrderBy(e => e.Sort).ThenBy(e => e.Id).ToListAsync(ct);
        Total = events.Count;

        var entityIds = events.SelectMany(e => e.Entities).Distinct(StringComparer.Ordinal).ToList();
        var chapterIds = events.Select(e => SplitSource(e.Source).Slug).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var docs = (await db.Documents.Where(d => entityIds.Contains(d.Id) || chapterIds.Contains(d.Id)).WithoutHtml()
                .Select(d => new DocumentRow { Id = d.Id, Kind = d.Kind, Title = d.Title, TitleEn = d.TitleEn, Number = d.Number })
                .ToListAsync(ct))
            .ToDictionary(d => d.Id, StringComparer.Ordinal);
        var sections = (await db.Sections.Where(s => chapterIds.Contains(s.DocumentId))
                .Select(s => new { s.DocumentId, s.Anchor, s.Title })
                .ToListAsync(ct))
            .GroupBy(s => (s.DocumentId, s.Anchor))
            .ToDictionary(g => g.Key, g => g.First().Title);

        DocTypes = [.. DocumentSchema.Kinds.Where(k => events.Any(e => e.Entities.Any(id => docs.TryGetValue(id, out var d) && d.Kind == k.Folder)))];

        IEnumerable<EventRow> shown = events;
        if (Kind is not null)
        {
            if (!EventKinds.Any(k => k.Key == Kind))
            {
                Unknown.Add(t["没有名为“{0}”的事件类别", Kind]);
            }

            shown = shown.Where(e => e.Kind == Kind);
        }

        if (Entity is not null)
        {
            EntityDoc = await db.Documents.FirstOrDefaultAsync(d => d.Id == Entity, ct);
            if (EntityDoc is null && await db.Redirects.FirstOrDefaultAsync(r => r.FromId == Entity, ct) is { } redirect)
            {
                EntityDoc = await db.Documents.FirstOrDefaultAsync(d => d.Id == redirect.ToId, ct);
            }

            if (EntityDoc is null)
            {
                Unknown.Add(t["没有 id 为“{0}”的条目", Entity]);
            }

            var id = EntityDoc?.Id ?? Entity;
            shown = shown.Where(e => e.Entities.Contains(id));
        }

        if (DocType is not null)
        {
            var spec = DocumentSchema.ByFolder(DocType) ?? DocumentSchema.ByUrlSegment(DocType);
            if (spec is null)
            {
                Unknown.Add(t["没有名为“{0}”的条目类型", DocType]);
            }
            else
            {
                DocType = spec.Folder;
            }

            shown = shown.Where(e => spec is not null && e.Entities.Any(id => docs.TryGetValue(id, out var d) && d.Kind == spec.Folder));
        }

        var items = shown.Select(e => new Item(
            e,
            [.. e.Entities.Select(id => docs.TryGetValue(id, out var d)
                ? new EntityLink(id, d.Title, d.TitleEn, DocumentSchema.UrlOf(d.Kind, d.Id))
                : new EntityLink(id, id, null, null))],
            SourceOf(e.Source, docs, sections))).ToList();
        Shown = items.Count;
        Groups = [.. items.GroupBy(i => GroupKey(i.Row.Sort)).Select(g => new Group(g.Key, [.. g]))];
    }

    /// <summary>The Chinese name of an event kind; the view shows it through the interface strings.</summary>
    public static string KindName(string kind) => EventKinds.FirstOrDefault(k => k.Key == kind).Value ?? kind;

    /// <summary>The Chinese name of a date precision; the view shows it through the interface strings.</summary>
    public static string PrecisionName(string precision) => precision switch
    {
        "decade" => "年代",
        "year" => "年",
        "month" => "月",
        "day" => "日",
        "range" => "时间段",
        _ => precision,
    };

    /// <summary>A machine-readable date for &lt;time&gt;, only when the date as given is one (1950, 2022-11, 2022-11-30).</summary>
    public static string? DateTimeOf(string date) =>
        date.Length is 4 or 7 or 10 && date.All(c => char.IsAsciiDigit(c) || c == '-') && date[..4].All(char.IsAsciiDigit) ? date : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static (string? Slug, string? Anchor) SplitSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return (null, null);
        }

        var hash = source.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (source, null) : (source[..hash], source[(hash + 1)..]);
    }

    private static SourceLink? SourceOf(string? source, Dictionary<string, DocumentRow> docs, Dictionary<(string, string), string> sections)
    {
        var (slug, anchor) = SplitSource(source);
        if (slug is null)
        {
            return null;
        }

        var label = docs.TryGetValue(slug, out var chapter) ? chapter.Title : slug;
        if (anchor is not null)
        {
            label += " · " + (sections.TryGetValue((slug, anchor), out var title) ? title : anchor);
        }

        return new SourceLink(DocumentSchema.UrlOf(DocumentKind.Chapter, slug, anchor), label);
    }

    private static string GroupKey(string sort)
    {
        var year = sort.Length >= 4 && int.TryParse(sort.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0;
        return year < 2000 ? (year / 10 * 10).ToString(CultureInfo.InvariantCulture) + "s" : year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The heading of a group: "1940 年代" or "2022 年" (in English "1940s", "2022").</summary>
    public static string Heading(string key, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(t);
        return key.EndsWith('s') ? t["{0} 年代", key[..^1]] : t["{0} 年", key];
    }
}
