using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Knowledge.Queries;

/// <summary>The whole knowledge base as records for download: every document with its names, fields and sources,
/// every relation with the labels it reads with from both ends, every timeline event. Documents and relations come
/// from the snapshot's memory, events from its index file.</summary>
public sealed class DataExportQueries(KnowledgeSnapshot snapshot, PortalDb db)
{
    /// <summary>A document without its body. <see cref="Fields"/> holds the infobox by front matter key (a document
    /// id where the field names one); <see cref="Sources"/> the places in the report its facts come from.</summary>
    public sealed record DocumentRecord(
        string Id,
        string Kind,
        string Title,
        string? TitleEn,
        IReadOnlyList<string> Aliases,
        string Summary,
        string Url,
        IReadOnlyList<FieldRecord> Fields,
        IReadOnlyList<SourceRecord> Sources);

    public sealed record FieldRecord(string Key, string Label, string LabelEn, bool IsDocumentId, IReadOnlyList<string> Values);

    /// <summary>A place in the report: <c>chapter-id</c> or <c>chapter-id#section</c>, with its page address.</summary>
    public sealed record SourceRecord(string Reference, string? Url);

    /// <summary>One relation as written in the content: "subject LABEL object", read back "object INVERSE subject".</summary>
    public sealed record RelationRecord(
        string SubjectId,
        string SubjectTitle,
        string SubjectKind,
        string Type,
        string Label,
        string InverseLabel,
        string ObjectId,
        string ObjectTitle,
        string ObjectKind,
        string? Date,
        string? Amount,
        string? Note,
        string? Source);

    /// <summary>A dated event; <see cref="DateTime"/> is the ISO form of <see cref="Date"/> when it is a plain date.</summary>
    public sealed record EventRecord(
        int Id,
        string Date,
        string? DateTime,
        string Precision,
        string Sort,
        string Kind,
        string Text,
        bool Forecast,
        IReadOnlyList<string> Entities,
        string? Source);

    public ReportInfo Report => snapshot.Report;

    public string Fingerprint => snapshot.Fingerprint;

    /// <summary>Every document, chapters first in the report's order, then by title.</summary>
    public List<DocumentRecord> Documents() => [.. snapshot.Documents.Ordered.Select(RecordOf)];

    /// <summary>Every relation, in the order the index holds them (by subject file, then as written).</summary>
    public List<RelationRecord> Relations()
    {
        var graph = snapshot.Graph;
        return [.. graph.Relations.Select(r =>
        {
            graph.Types.TryGetValue(r.Type, out var type);
            var subject = snapshot.Documents.ById.GetValueOrDefault(r.SubjectId);
            var obj = snapshot.Documents.ById.GetValueOrDefault(r.ObjectId);
            return new RelationRecord(
                r.SubjectId, subject?.Title ?? r.SubjectId, subject?.Kind ?? "",
                r.Type, type?.Label ?? r.Type, type?.Inverse ?? r.Type,
                r.ObjectId, obj?.Title ?? r.ObjectId, obj?.Kind ?? "",
                r.Date, r.Amount, r.Note, r.Source);
        })];
    }

    /// <summary>Every timeline event in date order.</summary>
    public async Task<List<EventRecord>> EventsAsync(CancellationToken ct = default)
    {
        var events = await db.Events.OrderBy(e => e.Sort).ThenBy(e => e.Id).ToListAsync(ct);
        return [.. events.Select(e => new EventRecord(e.Id, e.Date, TimelineQueries.DateTimeOf(e.Date), e.Precision, e.Sort, e.Kind, e.Text,
            e.Forecast, e.Entities, string.IsNullOrWhiteSpace(e.Source) ? null : e.Source))];
    }

    private DocumentRecord RecordOf(DocumentEntry d) => new(
        d.Id,
        d.Kind,
        d.Title,
        d.TitleEn,
        [.. d.Aliases],
        d.Summary,
        d.Url,
        [.. d.Infobox.Select(f => new FieldRecord(f.Key, f.Label, f.LabelEn, f.IsIdReference, f.Values))],
        [.. d.Sources.Select(s => new SourceRecord(s, UrlOf(SourceReference.Parse(s))))]);

    private string? UrlOf(SourceReference source) =>
        snapshot.Documents.ById.TryGetValue(source.ChapterId, out var chapter)
            ? DocumentSchema.UrlOf(chapter.Kind, chapter.Id, source.Anchor)
            : null;
}
