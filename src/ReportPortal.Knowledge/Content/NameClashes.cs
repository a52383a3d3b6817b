using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Content;

/// <summary>Makes ids and names unique across the content: a second document with a taken id is left out, and an
/// alias that already names another document is dropped from the later file. Each case is reported.</summary>
internal static class NameClashes
{
    public static List<ContentDocument> Remove(List<ContentDocument> documents, List<ContentProblem> problems)
    {
        var kept = UniqueIds(documents, problems);
        ReportAlternateIdClashes(kept, problems);
        var owner = ClaimTitles(kept, problems);
        return [.. kept.Select(doc => WithFreeAliases(doc, owner, problems))];
    }

    private static List<ContentDocument> UniqueIds(List<ContentDocument> documents, List<ContentProblem> problems)
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

        return kept;
    }

    private static void ReportAlternateIdClashes(List<ContentDocument> kept, List<ContentProblem> problems)
    {
        var ids = kept.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var doc in kept)
        {
            foreach (var alternate in doc.AlternateIds.Where(ids.Contains))
            {
                problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning, $"alternate id '{alternate}' is the id of another document"));
            }
        }
    }

    /// <summary>Titles and English names claim their names first; aliases may not take a name another document has.</summary>
    private static Dictionary<string, ContentDocument> ClaimTitles(List<ContentDocument> kept, List<ContentProblem> problems)
    {
        var owner = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var doc in kept)
        {
            foreach (var name in new[] { doc.Title, doc.TitleEn }.OfType<string>().Distinct())
            {
                var key = NameKey.Of(name);
                if (!owner.TryAdd(key, doc) && owner[key].Id != doc.Id)
                {
                    problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning,
                        $"title '{name}' is also the title of '{owner[key].Id}' ({owner[key].Path})"));
                }
            }
        }

        return owner;
    }

    private static ContentDocument WithFreeAliases(ContentDocument doc, Dictionary<string, ContentDocument> owner, List<ContentProblem> problems)
    {
        var aliases = new List<string>();
        foreach (var alias in doc.Aliases)
        {
            var key = NameKey.Of(alias);
            if (owner.TryGetValue(key, out var other) && other.Id != doc.Id)
            {
                problems.Add(new ContentProblem(doc.Path, 1, ProblemSeverity.Warning,
                    $"alias '{alias}' already names '{other.Id}' ({other.Path}); the alias is ignored here"));
                continue;
            }

            owner[key] = doc;
            aliases.Add(alias);
        }

        return aliases.Count == doc.Aliases.Count ? doc : doc with { Aliases = aliases };
    }
}
