using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Seo;

/// <summary>schema.org JSON-LD for the portal's pages: the report as a Book, chapters as Chapters of it, profiles by
/// kind (<see cref="ProfileSchema"/>), the glossary as a DefinedTermSet, the site with its search, and breadcrumbs.
/// Built from what the page shows; absolute URLs under <paramref name="baseUrl"/>.</summary>
public sealed class StructuredData(string baseUrl, ReportInfo report)
{
    public const string SiteName = "ChatGPT 与 AIGC 报告知识库";

    private static readonly JsonSerializerOptions s_json = new()
    {
        // Chinese stays readable; <, >, & and ' are still escaped, so "</script>" cannot close the element.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string BaseUrl { get; } = baseUrl;

    /// <summary>The report the site is about.</summary>
    public ReportInfo About => report;

    public string Url(string path) => BaseUrl + path;

    /// <summary>The report itself: a Book by its author, published by its organisation.</summary>
    public JsonObject Report() => Node("Book",
        ("@id", Url("/#report")),
        ("name", report.Title),
        ("description", Empty(report.Summary)),
        ("author", Person(report.Author)),
        ("publisher", Organization(report.Organisation)),
        ("datePublished", SchemaDates.Iso(report.Date)),
        ("inLanguage", "zh-CN"),
        ("url", Url("/")));

    public JsonObject WebSite() => Node("WebSite",
        ("@id", Url("/#site")),
        ("name", SiteName),
        ("url", Url("/")),
        ("inLanguage", "zh-CN"),
        ("about", new JsonObject { ["@id"] = Url("/#report") }),
        ("potentialAction", Node("SearchAction",
            ("target", Url("/search?q={search_term_string}")),
            ("query-input", "required name=search_term_string"))));

    public JsonObject Chapter(DocumentDetails chapter)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        var row = chapter.Row;
        return Node("Chapter",
            ("@id", Url(chapter.Url)),
            ("name", row.Title),
            ("alternateName", Empty(row.TitleEn)),
            ("description", Empty(row.Summary)),
            ("url", Url(chapter.Url)),
            ("position", row.Order),
            ("inLanguage", "zh-CN"),
            ("author", Person(report.Author)),
            ("publisher", Organization(report.Organisation)),
            ("datePublished", SchemaDates.Iso(report.Date)),
            ("isPartOf", Report()));
    }

    /// <summary>The glossary: every term and technology as a DefinedTerm of one DefinedTermSet.</summary>
    public JsonObject Glossary(IEnumerable<DocumentEntry> terms) =>
        Node("DefinedTermSet",
            ("@id", Url("/glossary")),
            ("name", "术语表"),
            ("url", Url("/glossary")),
            ("inLanguage", "zh-CN"),
            ("hasDefinedTerm", new JsonArray([.. terms.Select(t => (JsonNode)Node("DefinedTerm",
                ("name", t.Title),
                ("alternateName", Empty(t.TitleEn)),
                ("termCode", t.Field("abbr")),
                ("url", Url(t.Url))))])));

    /// <summary>A reference to the glossary, for DefinedTerm.inDefinedTermSet.</summary>
    public JsonObject GlossaryRef() => Node("DefinedTermSet", ("@id", Url("/glossary")), ("name", "术语表"), ("url", Url("/glossary")));

    public JsonObject Breadcrumbs(IReadOnlyList<(string Name, string Path)> crumbs)
    {
        ArgumentNullException.ThrowIfNull(crumbs);
        return Node("BreadcrumbList", ("itemListElement", new JsonArray([.. crumbs.Select((c, i) => (JsonNode)Node("ListItem",
            ("position", i + 1),
            ("name", c.Name),
            ("item", Url(c.Path))))])));
    }

    /// <summary>The contents of a <c>&lt;script type="application/ld+json"&gt;</c> element holding all the nodes.</summary>
    public static string Serialize(IEnumerable<JsonObject> nodes)
    {
        var graph = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = new JsonArray([.. nodes.Select(n => (JsonNode)n)]),
        };
        return graph.ToJsonString(s_json);
    }

    public static JsonObject? Person(string? name) => string.IsNullOrWhiteSpace(name) ? null : Node("Person", ("name", name.Trim()));

    public static JsonObject? Organization(string? name) => string.IsNullOrWhiteSpace(name) ? null : Node("Organization", ("name", name.Trim()));

    /// <summary>A schema.org node of <paramref name="type"/>; properties whose value is null, empty or an empty
    /// array are left out.</summary>
    public static JsonObject Node(string type, params (string Key, object? Value)[] properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var node = new JsonObject { ["@type"] = type };
        foreach (var (key, value) in properties)
        {
            var json = value switch
            {
                null => null,
                JsonNode n => n,
                string s when s.Length == 0 => null,
                string s => JsonValue.Create(s),
                int i => JsonValue.Create(i),
                IEnumerable<string> list => list.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } l
                    ? new JsonArray([.. l.Select(s => (JsonNode?)JsonValue.Create(s))]) : null,
                _ => JsonValue.Create(value.ToString()),
            };
            if (json is JsonArray { Count: 0 } || json is null)
            {
                continue;
            }

            node[key] = json;
        }

        return node;
    }

    public static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
