using ReportPortal.Knowledge.Content;

namespace ReportPortal.ContentAudit.Tests;

/// <summary>Every concept, entity, relation, event and table of figures of the report's inventory is on the site.</summary>
public class InventoryCoverageTests
{
    private static readonly ContentSet s_content = ContentLoader.Load(TestPaths.Content);

    private static readonly string[] s_pagedSections =
    [
        "organisations", "products_and_models", "technologies_and_concepts", "persons",
        "places_and_institutions", "works_and_publications", "data_sources_and_media",
    ];

    [SharedFact]
    public void Every_entity_and_glossary_term_has_a_page()
    {
        var entities = Inventory.Load("entities.yaml");
        var ids = s_pagedSections.SelectMany(s => Inventory.Items(entities, s)).Select(e => Inventory.Get(e, "id")!)
            .Concat(Inventory.Items(Inventory.Load("glossary.yaml"), "terms").Select(t => Inventory.Get(t, "id")!))
            .Distinct().ToList();

        var missing = ids.Where(id => !s_content.ById.ContainsKey(id)).ToList();

        Assert.True(ids.Count > 500, $"only {ids.Count} inventory ids read");
        Assert.True(missing.Count == 0, $"{missing.Count} ids without a page: {string.Join(", ", missing)}");
    }

    [SharedFact]
    public void Every_relation_is_written_on_its_subject_with_both_ends_existing()
    {
        var written = s_content.Documents.SelectMany(d => d.Relations.Select(r => (d.Id, r.Type, r.Target))).ToHashSet();
        var relations = Inventory.Items(Inventory.Load("relations.yaml"), "relations")
            .Select(r => (Subject: Inventory.Get(r, "subject")!, Type: Inventory.Get(r, "predicate")!, Object: Inventory.Get(r, "object")!))
            .ToList();

        var corrected = RelationCorrections();
        var missing = relations.Where(r => !written.Contains((r.Subject, r.Type, r.Object)) && !corrected.Contains((r.Subject, r.Type, r.Object))).ToList();
        var stale = corrected.Where(c => written.Contains(c) || !relations.Contains(c)).ToList();

        Assert.Equal(370, relations.Count);
        Assert.True(missing.Count == 0, $"{missing.Count} relations not written: {string.Join("; ", missing.Take(40))}");
        Assert.True(stale.Count == 0, $"listed as corrected but written, or not in the inventory: {string.Join("; ", stale)}");
        Assert.All(s_content.Documents.SelectMany(d => d.Relations), r => Assert.True(s_content.ById.ContainsKey(r.Target), r.Target));
        Assert.All(written, w => Assert.True(s_content.RelationTypes.ContainsKey(w.Type), w.Type));
    }

    /// <summary>Inventory relations the content deliberately does not write, because the report does not support
    /// them as stated (tests/fixtures/relation-corrections.tsv, each with its reason).</summary>
    private static HashSet<(string, string, string)> RelationCorrections() =>
        [.. File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, "tests", "fixtures", "relation-corrections.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1], p[2]))];

    [SharedFact]
    public void Every_dated_event_and_every_table_of_figures_is_there()
    {
        Assert.Equal(Inventory.Items(Inventory.Load("timeline.yaml"), "timeline").Count(), s_content.Timeline.Count);
        var figureIds = Inventory.Items(Inventory.Load("figures.yaml"), "figures").Select(f => Inventory.Get(f, "id")!).ToList();
        Assert.Equal(32, figureIds.Count);
        Assert.Equal(figureIds.Order(), s_content.Figures.Select(f => f.Id).Order());
        Assert.All(s_content.Figures, f => Assert.NotEmpty(f.Rows));
    }

    [SharedFact]
    public void Every_name_of_the_contributor_roster_is_on_the_team_page()
    {
        var team = s_content.ById["a7-chatgpt-team-analysis"].Body;
        var names = Inventory.Items(Inventory.Load("entities.yaml"), "persons_chatgpt_roster_only")
            .Select(p => Inventory.Get(p, "en") ?? Inventory.Get(p, "zh")!).ToList();

        var missing = names.Where(n => !team.Contains(n, StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.True(names.Count >= 50);
        Assert.True(missing.Count == 0, "roster names not on the team page: " + string.Join(", ", missing));
    }
}
