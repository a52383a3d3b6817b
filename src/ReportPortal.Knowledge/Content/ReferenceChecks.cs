namespace ReportPortal.Knowledge.Content;

/// <summary>References between files that must exist: relation types and targets, id fields, sources, the ids an
/// event names and the chapter a figure belongs to. Each missing one is a warning; nothing is left out.</summary>
internal static class ReferenceChecks
{
    public static void Run(ContentSet set, List<ContentProblem> problems)
    {
        foreach (var doc in set.Documents)
        {
            CheckRelations(set, doc, problems);
            foreach (var field in doc.Fields.Where(f => f.Spec.IsIdReference))
            {
                foreach (var id in field.Values.Where(v => !set.ById.ContainsKey(v)))
                {
                    problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning, $"'{field.Spec.Key}' names unknown id '{id}'"));
                }
            }

            foreach (var source in doc.Sources)
            {
                var chapter = SourceReference.Parse(source).ChapterId;
                if (!set.ById.TryGetValue(chapter, out var target) || target.Kind != DocumentKind.Chapter)
                {
                    problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning, $"source '{source}' does not name a chapter"));
                }
            }
        }

        foreach (var e in set.Timeline)
        {
            foreach (var id in e.Entities.Where(id => !set.ById.ContainsKey(id)))
            {
                problems.Add(new ContentProblem("timeline.yaml", 1, ProblemSeverity.Warning, $"event '{e.Date} {e.Event}' names unknown id '{id}'"));
            }
        }

        foreach (var figure in set.Figures.Where(f => f.Chapter is not null && !set.ById.ContainsKey(f.Chapter)))
        {
            problems.Add(new ContentProblem($"figures/{figure.Id}.yaml", 1, ProblemSeverity.Warning, $"chapter '{figure.Chapter}' does not exist"));
        }
    }

    private static void CheckRelations(ContentSet set, ContentDocument doc, List<ContentProblem> problems)
    {
        foreach (var relation in doc.Relations)
        {
            if (!set.RelationTypes.ContainsKey(relation.Type))
            {
                problems.Add(new ContentProblem(doc.Path, relation.Line, ProblemSeverity.Warning, $"unknown relation type '{relation.Type}'"));
            }

            if (!set.ById.ContainsKey(relation.Target))
            {
                problems.Add(new ContentProblem(doc.Path, relation.Line, ProblemSeverity.Warning, $"relation target '{relation.Target}' does not exist"));
            }
        }
    }
}
