using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Search;
using ReportPortal.Web.Localization;

namespace ReportPortal.Web.Pages.Search;

/// <summary>Search results for titles, names, aliases and text, filterable by kind.</summary>
public sealed class SearchModel(SearchService search, IStringLocalizer t) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public SearchResult Result { get; private set; } = SearchResult.Empty("");
    public string? Message { get; private set; }

    /// <summary>Hits among terms and technologies: the glossary filter's count.</summary>
    public int GlossaryCount => Result.KindCounts.Where(k => k.Key is "term" or "technology").Sum(k => k.Value);

    /// <summary>The name of a kind filter in the interface language: the glossary, or a kind's plural.</summary>
    public static string KindName(string kind, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return kind == SearchService.GlossaryFilter ? t["术语表"] : UiStrings.KindPlural(kind) ?? kind;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Query"] = Q;
        if (Q is { Length: > SearchQuery.MaxLength })
        {
            Message = t["搜索词太长了：最多 {0} 个字符。", SearchQuery.MaxLength];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (Kind is not null && !SearchService.IsKindFilter(Kind))
        {
            Kind = null;
        }

        Result = await search.SearchAsync(Q, Kind, PageSize, 0, ct);
        Message = Result.Terms.Count == 0
            ? (string.IsNullOrWhiteSpace(Q) ? t["请输入要搜索的词语，中文或英文均可，例如：微软、RLHF、算力。"].Value : t["搜索词里没有可以查找的文字或数字。"].Value)
            : Result.Total == 0 ? t["没有找到与“{0}”匹配的内容。试试更短的词、别的写法，或英文名。", Q ?? ""].Value : null;
        return Page();
    }
}
