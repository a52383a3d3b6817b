using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Web.Security;

namespace ReportPortal.Web.Api;

/// <summary><c>GET /api/documents?kind=K</c>, <c>GET /api/documents/{id}</c>, <c>GET /api/preview/{id}</c> and the
/// short address <c>/d/{id}</c>.</summary>
public static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/documents", List);

        // A short, kind-free address for any document: /d/openai redirects to /companies/openai.
        app.MapRead("/d/{id:slug}", (string id, DocumentQueries documents) =>
            documents.Find(id) is { } doc ? Results.Redirect(doc.Url) : Results.NotFound());

        app.MapRead("/api/preview/{id}", Preview).RateLimited();
        app.MapRead("/api/documents/{id}", GetAsync);
    }

    private static IResult List(string? kind, DocumentQueries documents)
    {
        if (kind is not null && DocumentSchema.ByFolder(kind) is null)
        {
            return Results.Problem(statusCode: 400, title: "Unknown kind",
                detail: $"kind must be one of: {string.Join(", ", DocumentSchema.Kinds.Select(k => k.Folder))}");
        }

        return Results.Ok(documents.List(kind).Select(d => new { d.Id, d.Kind, d.Title, d.TitleEn, d.Url }));
    }

    /// <summary>The small card shown when a reader hovers over or focuses a link to a document.</summary>
    private static IResult Preview(string id, DocumentQueries documents)
    {
        if (!Slug.IsValid(id) || documents.Find(id) is not { } doc || doc.Id != id)
        {
            return NotFound(id);
        }

        var kind = DocumentSchema.ByFolder(doc.Kind);
        return Results.Ok(new
        {
            doc.Id,
            doc.Kind,
            KindName = kind?.Name,
            KindNameEn = kind?.NameEn,
            doc.Title,
            doc.TitleEn,
            doc.Summary,
            doc.Url,
        });
    }

    private static async Task<IResult> GetAsync(string id, DocumentQueries documents, CancellationToken ct) =>
        Slug.IsValid(id) && await documents.GetAsync(id, ct) is { } doc ? Results.Ok(Shape(doc)) : NotFound(id);

    /// <summary>A 404 problem; an id that is not even a slug is not echoed.</summary>
    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: 404, title: "Not found",
            detail: Slug.IsValid(id) ? $"No document has the id '{id}'." : "Ids are 1 to 100 lower-case letters, digits and hyphens.");

    /// <summary>The JSON form of a whole document.</summary>
    private static object Shape(DocumentDetails doc) => new
    {
        doc.Row.Id,
        doc.Row.Kind,
        doc.Row.Title,
        doc.Row.TitleEn,
        doc.Url,
        doc.Row.Summary,
        doc.Aliases,
        Fields = doc.Infobox.Select(f => new { f.Key, f.Label, Values = f.Values.Select(v => v.Link?.Id ?? v.Text) }),
        Sources = doc.Row.Sources,
        Sections = doc.Sections.Select(s => new { s.Anchor, s.Title, s.Level }),
        Relations = doc.Relations.Select(r => new
        {
            r.Type,
            r.Label,
            Direction = r.IsOutgoing ? "outgoing" : "incoming",
            OtherId = r.Other.Id,
            OtherTitle = r.Other.Title,
            OtherKind = r.Other.Kind,
            r.Date,
            r.Amount,
            r.Note,
            r.Source,
        }),
        IncomingLinks = doc.Backlinks.Select(b => new
        {
            FromId = b.From.Id,
            FromKind = b.From.Kind,
            FromTitle = b.From.Title,
            b.SectionAnchor,
            b.Count,
            Mentions = b.Mentions.Select(m => new { m.Url, m.SectionTitle, m.Context, m.IsAutomatic }),
        }),
    };
}
