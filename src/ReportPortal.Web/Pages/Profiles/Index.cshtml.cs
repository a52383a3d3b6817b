using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Pages.Profiles;

/// <summary>Every document of one kind, with its English name and summary.</summary>
public sealed class ProfilesModel(DocumentQueries documents) : PageModel
{
    public KindSpec Kind { get; private set; } = null!;
    public List<DocumentEntry> Documents { get; private set; } = [];

    public void OnGet(string kind)
    {
        Kind = DocumentSchema.ByUrlSegment(kind)!;
        Documents = [.. documents.OfKind(Kind.Folder)
            .OrderBy(d => d.TitleEn ?? d.Title, StringComparer.OrdinalIgnoreCase)];
    }
}
