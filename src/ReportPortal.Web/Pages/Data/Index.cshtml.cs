using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Data;

namespace ReportPortal.Web.Pages.Data;

/// <summary>The data page: what can be downloaded, in which format, how many records, how to cite it.</summary>
public sealed class DataModel(DataDownloads downloads, KnowledgeSnapshot snapshot, DataExportQueries export) : PageModel
{
    public IReadOnlyList<DataFile> Files { get; private set; } = [];

    public ReportInfo Report => snapshot.Report;

    public DateTimeOffset BuiltAt => snapshot.BuiltAt;

    public async Task OnGetAsync()
    {
        var files = new List<DataFile>();
        foreach (var name in DataDownloads.Names)
        {
            files.Add(await downloads.GetAsync(name, snapshot, export));
        }

        Files = files;
    }

    public DataFile File(string name) => Files.First(f => f.Name == name);

    /// <summary>A size for people: 12.3 KB, 1.2 MB.</summary>
    public static string Size(long bytes) =>
        bytes < 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");
}
