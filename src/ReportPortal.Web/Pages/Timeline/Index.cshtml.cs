using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Pages.Timeline;

/// <summary>Every dated event of the report in order, from the 1940s to its forecasts, filterable by event kind,
/// by one document it names, or by the kind of document it names.</summary>
public sealed class TimelineModel(TimelineQueries timeline, IStringLocalizer t) : PageModel
{
    public static IReadOnlyList<KeyValuePair<string, string>> EventKinds => Knowledge.Content.EventKinds.All;

    public string? Kind { get; private set; }
    public string? Entity { get; private set; }
    public string? DocType { get; private set; }

    /// <summary>The document named by <see cref="Entity"/>, when it exists.</summary>
    public DocumentEntry? EntityDoc { get; private set; }

    /// <summary>Why the list is empty although a filter was given, if a filter value is unknown.</summary>
    public List<string> Unknown { get; private set; } = [];

    public IReadOnlyList<TimelineQueries.Group> Groups { get; private set; } = [];
    public int Total { get; private set; }
    public int Shown { get; private set; }

    /// <summary>The document kinds some event names, for the filter.</summary>
    public IReadOnlyList<KindSpec> DocTypes { get; private set; } = [];

    public bool IsFiltered => Kind is not null || Entity is not null || DocType is not null;

    public async Task OnGetAsync(string? kind, string? entity, string? doctype, CancellationToken ct)
    {
        Kind = Clean(kind);
        Entity = Clean(entity);
        var result = await timeline.ListAsync(new TimelineQueries.Filter(Kind, Entity, Clean(doctype)), ct);
        (Groups, Total, Shown, DocTypes, EntityDoc, DocType) = (result.Groups, result.Total, result.Shown, result.DocTypes, result.EntityDoc, result.DocType);
        Unknown = [.. result.Unknown.Select(u => u switch
        {
            TimelineQueries.UnknownValue.Kind => t["没有名为“{0}”的事件类别", Kind!].Value,
            TimelineQueries.UnknownValue.Entity => t["没有 id 为“{0}”的条目", Entity!].Value,
            _ => t["没有名为“{0}”的条目类型", DocType!].Value,
        })];
    }

    public static string KindName(string kind) => Knowledge.Content.EventKinds.NameOf(kind);

    public static string PrecisionName(string precision) => Knowledge.Content.EventKinds.PrecisionName(precision);

    public static string? DateTimeOf(string date) => TimelineQueries.DateTimeOf(date);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The heading of a group: "1940 年代" or "2022 年" (in English "1940s", "2022").</summary>
    public static string Heading(string key, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(t);
        return key.EndsWith('s') ? t["{0} 年代", key[..^1]] : t["{0} 年", key];
    }
}
