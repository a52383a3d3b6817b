using System.Text.Json.Nodes;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Seo;

/// <summary>The schema.org node of a profile, by kind: companies as Corporation and organisations as Organization
/// (foundingDate, location, founder, sameAs), people as Person (affiliation, alumniOf, jobTitle), products as
/// SoftwareApplication or, for chips, servers and clouds, Product (creator, isBasedOn), terms and technologies as
/// DefinedTerm in the glossary's DefinedTermSet, works as ScholarlyArticle (papers) or CreativeWork (author,
/// datePublished), events as Event (startDate), places as Place.</summary>
public static class ProfileSchema
{
    /// <summary>Relations that make the other end a person's organisation.</summary>
    private static readonly HashSet<string> s_affiliations = new(StringComparer.Ordinal)
    {
        "works-at", "worked-at", "ceo-of", "president-of", "chief-scientist-of", "founding-team-of", "co-founded", "founded",
    };

    private static readonly HashSet<string> s_organisationKinds = new(StringComparer.Ordinal) { "company", "organisation" };

    public static string TypeOf(DocumentDetails doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Row.Kind switch
        {
            "company" => "Corporation",
            "organisation" => "Organization",
            "person" => "Person",
            "product" => IsHardware(doc) ? "Product" : "SoftwareApplication",
            "term" or "technology" => "DefinedTerm",
            "work" => doc.Row.Title.Contains("论文", StringComparison.Ordinal) ? "ScholarlyArticle" : "CreativeWork",
            "event" => "Event",
            "place" => "Place",
            "chapter" => "Chapter",
            _ => "Thing",
        };
    }

    public static JsonObject Of(DocumentDetails doc, StructuredData site)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(site);
        var row = doc.Row;
        var type = TypeOf(doc);
        var node = StructuredData.Node(type,
            ("@id", site.Url(doc.Url)),
            ("name", row.Title),
            ("alternateName", (IEnumerable<string>)[.. new[] { row.TitleEn ?? "" }.Concat(doc.Aliases).Where(a => a != row.Title).Take(12)]),
            ("description", StructuredData.Empty(row.Summary)),
            ("url", site.Url(doc.Url)),
            ("inLanguage", type is "CreativeWork" or "ScholarlyArticle" or "DefinedTerm" ? "zh-CN" : null));
        foreach (var (key, value) in type switch
        {
            "Corporation" or "Organization" => Organisation(doc, site),
            "Person" => Person(doc, site),
            "Product" or "SoftwareApplication" => Product(doc, site, type),
            "DefinedTerm" => [("termCode", Field(doc, "abbr")), ("inDefinedTermSet", site.GlossaryRef())],
            "CreativeWork" or "ScholarlyArticle" => [("author", StructuredData.Person(Field(doc, "author"))), ("datePublished", SchemaDates.Iso(Field(doc, "year")))],
            "Event" => [("startDate", SchemaDates.Iso(Field(doc, "date")))],
            _ => [],
        })
        {
            if (value is not null)
            {
                node[key] = value is JsonNode n ? n : JsonValue.Create(value.ToString());
            }
        }

        return node;
    }

    private static List<(string, object?)> Organisation(DocumentDetails doc, StructuredData site)
    {
        var country = Field(doc, "country");
        var headquarters = Field(doc, "headquarters");
        var place = headquarters ?? country;
        var location = place is null ? null : StructuredData.Node("Place",
            ("name", place),
            ("address", country is null ? null : StructuredData.Node("PostalAddress", ("addressCountry", country))));
        var founders = doc.Relations.Where(r => !r.IsOutgoing && r.Type is "founded" or "co-founded" && r.Other.Kind == "person")
            .Select(r => (JsonNode)Ref("Person", r.Other, site)).ToList();
        return
        [
            ("foundingDate", SchemaDates.Iso(Field(doc, "founded"))),
            ("location", location),
            ("founder", founders.Count == 0 ? null : new JsonArray([.. founders])),
            ("sameAs", SameAs(doc)),
        ];
    }

    private static List<(string, object?)> Person(DocumentDetails doc, StructuredData site)
    {
        var fromInfobox = doc.Infobox.Where(f => f.Key == "affiliations").SelectMany(f => f.Values).Select(v => v.Link).OfType<DocumentRef>();
        var fromRelations = doc.Relations.Where(r => r.IsOutgoing && s_affiliations.Contains(r.Type) && s_organisationKinds.Contains(r.Other.Kind)).Select(r => r.Other);
        var affiliations = fromInfobox.Concat(fromRelations).DistinctBy(d => d.Id).Select(d => (JsonNode)Ref(OrganisationType(d), d, site)).ToList();
        var schools = doc.Relations.Where(r => r.IsOutgoing && r.Type == "studied-at").Select(r => r.Other).DistinctBy(d => d.Id)
            .Select(d => (JsonNode)Ref(OrganisationType(d), d, site)).ToList();
        var roles = doc.Infobox.Where(f => f.Key == "roles").SelectMany(f => f.Values).Select(v => v.Text).ToList();
        return
        [
            ("affiliation", affiliations.Count == 0 ? null : new JsonArray([.. affiliations])),
            ("alumniOf", schools.Count == 0 ? null : new JsonArray([.. schools])),
            ("jobTitle", roles.Count == 0 ? null : new JsonArray([.. roles.Select(r => (JsonNode?)JsonValue.Create(r))])),
            ("sameAs", SameAs(doc)),
        ];
    }

    private static List<(string, object?)> Product(DocumentDetails doc, StructuredData site, string type)
    {
        var developers = doc.Infobox.Where(f => f.Key == "developer").SelectMany(f => f.Values).Select(v => v.Link).OfType<DocumentRef>()
            .Concat(doc.Relations.Where(r => !r.IsOutgoing && r.Type is "developed" or "co-developed" or "launched").Select(r => r.Other))
            .DistinctBy(d => d.Id)
            .Select(d => (JsonNode)Ref(d.Kind == "person" ? "Person" : OrganisationType(d), d, site)).ToList();
        var basedOn = doc.Infobox.Where(f => f.Key == "based_on").SelectMany(f => f.Values).Select(v => v.Link).OfType<DocumentRef>()
            .Select(d => (JsonNode)StructuredData.Node("Thing", ("name", d.Title), ("url", site.Url(d.Url)))).ToList();
        var creators = developers.Count == 0 ? null : new JsonArray([.. developers]);
        return
        [
            (type == "Product" ? "manufacturer" : "creator", creators),
            (type == "Product" ? "isRelatedTo" : "isBasedOn", basedOn.Count == 0 ? null : new JsonArray([.. basedOn])),
            ("applicationCategory", type == "SoftwareApplication" ? Field(doc, "segment") : null),
            ("category", type == "Product" ? Field(doc, "segment") : null),
            ("sameAs", SameAs(doc)),
        ];
    }

    private static bool IsHardware(DocumentDetails doc) =>
        Field(doc, "layer") == "算力" && Field(doc, "segment") is not ("云计算" or "软件工具链");

    private static string OrganisationType(DocumentRef d) => d.Kind == "company" ? "Corporation" : "Organization";

    private static JsonObject Ref(string type, DocumentRef d, StructuredData site) =>
        StructuredData.Node(type, ("@id", site.Url(d.Url)), ("name", d.Title), ("url", site.Url(d.Url)));

    /// <summary>The first value of an infobox field, or null.</summary>
    private static string? Field(DocumentDetails doc, string key) =>
        doc.Infobox.FirstOrDefault(f => f.Key == key)?.Values is { Count: > 0 } values && !string.IsNullOrWhiteSpace(values[0].Text) ? values[0].Text.Trim() : null;

    /// <summary>Web addresses the report gives for this entry (in its infobox), if any.</summary>
    private static JsonArray? SameAs(DocumentDetails doc)
    {
        var urls = doc.Infobox.SelectMany(f => f.Values).Select(v => v.Text.Trim())
            .Where(t => Uri.TryCreate(t, UriKind.Absolute, out var u) && u.Scheme is "http" or "https").Distinct(StringComparer.Ordinal).ToList();
        return urls.Count == 0 ? null : new JsonArray([.. urls.Select(u => (JsonNode?)JsonValue.Create(u))]);
    }
}
