namespace ReportPortal.Knowledge.Content;

/// <summary>Everything loaded from <c>content/</c>, checked against itself, with the problems found.</summary>
public sealed class ContentSet
{
    public required ReportInfo Report { get; init; }
    public required IReadOnlyList<ContentDocument> Documents { get; init; }
    public required IReadOnlyDictionary<string, RelationType> RelationTypes { get; init; }
    public required IReadOnlyList<TimelineEvent> Timeline { get; init; }
    public required IReadOnlyList<Figure> Figures { get; init; }
    public required IReadOnlyList<ContentProblem> Problems { get; init; }

    private Dictionary<string, ContentDocument>? _byId;

    /// <summary>Documents by id and by alternate id.</summary>
    public IReadOnlyDictionary<string, ContentDocument> ById => _byId ??= IndexIds();

    private Dictionary<string, ContentDocument> IndexIds()
    {
        var byId = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var doc in Documents)
        {
            foreach (var alternate in doc.AlternateIds)
            {
                byId.TryAdd(alternate, doc);
            }
        }

        return byId;
    }
}
