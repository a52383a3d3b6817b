using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Pages.Chapters;

/// <summary>The report's contents: every chapter in order with its summary.</summary>
public sealed class ChaptersModel(DocumentQueries documents) : PageModel
{
    public List<DocumentEntry> Chapters { get; private set; } = [];

    public void OnGet() => Chapters = documents.Chapters();
}
