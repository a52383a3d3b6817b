using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Api;

/// <summary><c>GET /api/documents?kind=K</c> and <c>GET /api/documents/{id}</c>.</summary>
public static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents", async (string? kind, DocumentQueries queries, CancellationToken ct) =>
        {
            if (kind is not null && DocumentSchema.ByFolder(kind) is null)
            {
                return Results.Problem(statusCode: 400, title: "Unknown kind",
                    detail: $"kind must be one of: {string.Join(", ", DocumentSchema.Kinds.Select(k => k.Folder))}");
            }

            var list = await queries.ListAsync(kind, ct);
            return Results.Ok(list.Select(d => new { d.Id, d.Kind, d.Title, d.TitleEn, d.Url }));
        });

        // A short, kind-free address for any document: /d/openai redirects to /companies/openai.
        app.MapGet("/d/{id}", async (string id, DocumentQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } doc ? Results.Redirect(doc.Url) : Results.NotFound());

        // The small card shown when a reader hovers over or focuses a link to a document.
        app.MapGet("/api/preview/{id}", async (string id, PortalDb db, CancellationToken ct) =>
        {
            var doc = await db.Documents.Where(d => d.Id == id)
                .Select(d => new { d.Id, d.Kind, d.Title, d.TitleEn, d.Summary }).FirstOrDefaultAsync(ct);
            if (doc is null)
            {
                return Results.Problem(statusCode: 404, title: "Not found", detail: $"No document has the id '{id}'.");
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
                Url = DocumentSchema.UrlOf(doc.Kind, doc.Id),
            });
        });

        app.MapGet("/api/documents/{id}", async (string id, DocumentQueries queries, CancellationToken ct) =>
        {
            var doc = await queries.GetAsync(id, ct);
            if (doc is null)
            {
                return Results.Problem(statusCode: 404, title: "Not found", detail: $"No document has the id '{id}'.");
            }

            return Results.Ok(new
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
            });
        });
    }
}
