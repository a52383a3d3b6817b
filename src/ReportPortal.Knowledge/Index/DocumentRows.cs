namespace ReportPortal.Knowledge.Index;

public static class DocumentRows
{
    /// <summary>Document rows without their rendered HTML, for lists, links and lookups: a chapter's HTML is tens of
    /// kilobytes, and only the page that shows it needs it.</summary>
    public static IQueryable<DocumentRow> WithoutHtml(this IQueryable<DocumentRow> documents) =>
        documents.Select(d => new DocumentRow
        {
            Id = d.Id,
            Kind = d.Kind,
            Title = d.Title,
            TitleEn = d.TitleEn,
            Summary = d.Summary,
            Order = d.Order,
            Number = d.Number,
            Sources = d.Sources,
            FieldsJson = d.FieldsJson,
        });
}
