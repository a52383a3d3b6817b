using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Data;

/// <summary>The data downloads: <c>/data/documents.json</c>, <c>/data/relations.csv</c>, <c>/data/graph.graphml</c>,
/// <c>/data/timeline.jsonl</c>, with ETags (a matching If-None-Match answers 304). The page that explains them is
/// <c>/data</c> (Pages/Data).</summary>
public static class DataSetup
{
    public static IServiceCollection AddDataDownloads(this IServiceCollection services) =>
        services.AddSingleton<DataDownloads>().AddScoped<DataExportQueries>();

    public static void MapDataDownloads(this IEndpointRouteBuilder app)
    {
        var data = app.MapGroup("/data").WithTags("Data");
        Map(data, DataDownloads.Documents, "All documents as JSON",
            "Every document (chapters and profiles) without its body: id, kind, title, English title, aliases, summary, page URL, infobox fields (a document id where the field names one) and the places in the report its facts come from. A JSON array.",
            "application/json");
        Map(data, DataDownloads.Relations, "All relations as CSV",
            "One row per relation as written in the content, with both ends' ids, titles and kinds, the relation type, its label (subject → object) and inverse label (object → subject), date, amount, note and source section. RFC 4180, UTF-8 with a byte order mark.",
            "text/csv");
        Map(data, DataDownloads.Graph, "The whole graph as GraphML",
            "Every document as a node (kind, title, English title, aliases, summary, URL) and every relation as a directed edge (type, label, inverse label, date, amount, note, reference). Opens in Gephi, yEd, Cytoscape and NetworkX.",
            "application/graphml+xml");
        Map(data, DataDownloads.Timeline, "The timeline as JSON Lines",
            "One JSON object per line and per dated event, in date order: date as the report gives it, ISO date where it is a plain date, precision, sort key, category, text, whether it is a forecast, the ids of the documents it involves and its source section.",
            "application/jsonl");
    }

    private static void Map(RouteGroupBuilder group, string name, string summary, string description, string contentType) =>
        group.MapGet("/" + name, async (HttpContext context, DataDownloads downloads, KnowledgeSnapshot snapshot, DataExportQueries export) =>
            {
                var file = await downloads.GetAsync(name, snapshot, export);
                return Results.File(file.Content, file.ContentType, "reportportal-" + name, enableRangeProcessing: false, file.LastModified, file.ETag);
            })
            .WithName("Download_" + name.Replace('.', '_'))
            .WithSummary(summary)
            .WithDescription(description)
            .Produces(StatusCodes.Status200OK, contentType: contentType)
            .Produces(StatusCodes.Status304NotModified);
}
