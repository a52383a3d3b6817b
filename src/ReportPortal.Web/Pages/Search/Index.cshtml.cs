using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Web.Pages.Search;

/// <summary>Search results for titles, names, aliases and text, filterable by kind.</summary>
public sealed class IndexModel(SearchService search) : PageModel
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

    public static string KindName(string kind) => kind == SearchService.GlossaryFilter ? "术语表" : DocumentSchema.ByFolder(kind)?.Name ?? kind;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Query"] = Q;
        if (Q is { Length: > SearchQuery.MaxLength })
        {
            Message = $"搜索词太长了：最多 {SearchQuery.MaxLength} 个字符。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (Kind is not null && !SearchService.IsKindFilter(Kind))
        {
            Kind = null;
        }

        Result = await search.SearchAsync(Q, Kind, PageSize, 0, ct);
        Message = Result.Terms.Count == 0
            ? (string.IsNullOrWhiteSpace(Q) ? "请输入要搜索的词语，中文或英文均可，例如：微软、RLHF、算力。" : "搜索词里没有可以查找的文字或数字。")
            : Result.Total == 0 ? $"没有找到与“{Q}”匹配的内容。试试更短的词、别的写法，或英文名。" : null;
        return Page();
    }
}
