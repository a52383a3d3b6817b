using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Index;

/// <summary>The rows of the whole-content tables (relations, timeline events, problems), in content order. The full
/// build (<see cref="IndexBuilder"/>) and the incremental patch (<see cref="Incremental.IndexPatch"/>) write the same
/// rows.</summary>
internal static class ContentRows
{
    /// <summary>Each document's relations whose target exists, the target written as its canonical id.</summary>
    public static IEnumerable<RelationRow> Relations(ContentSet content) =>
        content.Documents.SelectMany(d => d.Relations
            .Where(r => content.ById.ContainsKey(r.Target))
            .Select(r => new RelationRow
            {
                SubjectId = d.Id, Type = r.Type, ObjectId = content.ById[r.Target].Id, Date = r.Date, Amount = r.Amount, Note = r.Note, Source = r.Source,
            }));

    /// <summary>The timeline, each event's entities written as canonical ids (unknown ones left out).</summary>
    public static IEnumerable<EventRow> Events(ContentSet content) =>
        content.Timeline.Select(e => new EventRow
        {
            Date = e.Date, Precision = e.Precision, Sort = e.Sort, Kind = e.Kind, Text = e.Event, Source = e.Source,
            Forecast = e.Forecast, Entities = [.. e.Entities.Where(content.ById.ContainsKey).Select(id => content.ById[id].Id)],
        });

    public static ProblemRow Problem(ContentProblem p) => new() { File = p.File, Line = p.Line, Severity = p.Severity.ToString(), Message = p.Message };
}
