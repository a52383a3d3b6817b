using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Pages;

/// <summary>Home: the report, its chapters in order, and the ways into the knowledge base.</summary>
public sealed class HomeModel(KnowledgeSnapshot snapshot, DocumentQueries documents) : PageModel
{
    public ReportInfo Report { get; private set; } = new();
    public List<DocumentEntry> Chapters { get; private set; } = [];
    public List<(KindSpec Kind, int Count)> Kinds { get; private set; } = [];

    public void OnGet()
    {
        Report = snapshot.Report;
        Chapters = documents.Chapters();
        Kinds = documents.ProfileKindCounts();
    }
}
