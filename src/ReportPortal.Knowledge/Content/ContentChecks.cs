namespace ReportPortal.Knowledge.Content;

/// <summary>Checks that need all content loaded: unique ids and names, and references between files.</summary>
internal static class ContentChecks
{
    /// <summary>The key two names collide on: case and white space do not count.</summary>
    public static string NameKey(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    /// <summary>Leaves out a document whose id is taken, and drops an alias that already names another document.</summary>
    public static List<ContentDocument> RemoveClashes(List<ContentDocument> documents, List<ContentProblem> problems)
    {
        var byId = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        var kept = new List<ContentDocument>();
        foreach (var doc in documents)
        {
            if (byId.TryGetValue(doc.Id, out var first))
            {
                problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Error, $"duplicate id '{doc.Id}': already used by {first.Path}"));
                continue;
            }

            byId[doc.Id] = doc;
            kept.Add(doc);
        }

        var ids = kept.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var doc in kept)
        {
            foreach (var alternate in doc.AlternateIds.Where(ids.Contains))
            {
                problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning, $"alternate id '{alternate}' is the id of another document"));
            }
        }

        // Titles and English names claim their names first; aliases may not take a name another document has.
        var owner = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var doc in kept)
        {
            foreach (var name in new[] { doc.Title, doc.TitleEn }.OfType<string>().Distinct())
            {
                if (!owner.TryAdd(NameKey(name), doc) && owner[NameKey(name)].Id != doc.Id)
                {
                    problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning,
                        $"title '{name}' is also the title of '{owner[NameKey(name)].Id}' ({owner[NameKey(name)].Path})"));
                }
            }
        }

        var result = new List<ContentDocument>(kept.Count);
        foreach (var doc in kept)
        {
            var aliases = new List<string>();
            foreach (var alias in doc.Aliases)
            {
                var key = NameKey(alias);
                if (owner.TryGetValue(key, out var other) && other.Id != doc.Id)
                {
                    problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning,
                        $"alias '{alias}' already names '{other.Id}' ({other.Path}); the alias is ignored here"));
                    continue;
                }

                owner[key] = doc;
                aliases.Add(alias);
            }

            result.Add(aliases.Count == doc.Aliases.Count ? doc : doc with { Aliases = aliases });
        }

        return result;
    }

    public static void CheckReferences(ContentSet set, List<ContentProblem> problems)
    {
        foreach (var doc in set.Documents)
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

            foreach (var field in doc.Fields.Where(f => f.Spec.IsIdReference))
            {
                foreach (var id in field.Values.Where(v => !set.ById.ContainsKey(v)))
                {
                    problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning, $"'{field.Spec.Key}' names unknown id '{id}'"));
                }
            }

            foreach (var source in doc.Sources)
            {
                var chapter = source.Split('#')[0];
                if (!set.ById.TryGetValue(chapter, out var target) || target.Kind != DocumentKind.Chapter)
                {
                    problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning, $"source '{source}' does not name a chapter"));
                }
            }
        }

        for (var i = 0; i < set.Timeline.Count; i++)
        {
            foreach (var id in set.Timeline[i].Entities.Where(id => !set.ById.ContainsKey(id)))
            {
                problems.Add(new ContentProblem("timeline.yaml", 1, ProblemSeverity.Warning, $"event '{set.Timeline[i].Date} {set.Timeline[i].Event}' names unknown id '{id}'"));
            }
        }

        foreach (var figure in set.Figures.Where(f => f.Chapter is not null && !set.ById.ContainsKey(f.Chapter)))
        {
            problems.Add(new ContentProblem($"figures/{figure.Id}.yaml", 1, ProblemSeverity.Warning, $"chapter '{figure.Chapter}' does not exist"));
        }
    }
}
