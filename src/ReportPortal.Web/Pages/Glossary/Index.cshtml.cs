using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Pages.Glossary;

/// <summary>The glossary: every term and technology, grouped by category, filterable by any of its names.</summary>
public sealed class GlossaryModel(GlossaryQueries glossary) : PageModel
{
    public string? Filter { get; private set; }
    public List<IGrouping<string, GlossaryQueries.Entry>> Groups { get; private set; } = [];
    public int Total { get; private set; }

    public void OnGet(string? q)
    {
        Filter = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        (Groups, Total) = glossary.Entries(Filter);
    }
}
