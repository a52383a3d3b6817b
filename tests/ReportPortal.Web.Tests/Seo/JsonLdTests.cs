using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Tests.Seo;

/// <summary>The schema.org JSON-LD of every kind of page parses, names the right type and has the properties that
/// type needs; every page below the home page has its breadcrumb trail.</summary>
[Collection(RealContent.Name)]
public sealed class JsonLdTests(RealContentFactory portal)
{
    private KnowledgeSnapshot Snapshot => portal.Services.GetRequiredService<SnapshotHolder>().Current!;

    /// <summary>The nodes of the page's JSON-LD (its @graph), parsed.</summary>
    private async Task<List<JsonElement>> NodesAsync(string url)
    {
        var (response, dom) = await portal.GetPageAsync(url);
        response.EnsureSuccessStatusCode();
        var scripts = dom.QuerySelectorAll("script[type='application/ld+json']").ToList();
        Assert.Single(scripts);
        using var json = JsonDocument.Parse(scripts[0].TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        return [.. json.RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.Clone())];
    }

    private static JsonElement Single(List<JsonElement> nodes, string type) =>
        Assert.Single(nodes, n => n.GetProperty("@type").GetString() == type);

    private static string Text(JsonElement node, string property) => node.GetProperty(property).GetString()!;

    [Theory]
    [InlineData("company", "Corporation")]
    [InlineData("organisation", "Organization")]
    [InlineData("person", "Person")]
    [InlineData("term", "DefinedTerm")]
    [InlineData("technology", "DefinedTerm")]
    [InlineData("event", "Event")]
    [InlineData("place", "Place")]
    [InlineData("chapter", "Chapter")]
    public async Task Every_page_of_a_kind_has_its_schema_type_name_url_and_breadcrumbs(string kind, string type)
    {
        foreach (var doc in Snapshot.Documents.OfKind(kind).Take(12))
        {
            var nodes = await NodesAsync(doc.Url);

            var node = Single(nodes, type);
            Assert.Equal(doc.Title, Text(node, "name"));
            Assert.Equal("http://localhost" + doc.Url, Text(node, "url"));
            var crumbs = Single(nodes, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
            Assert.Equal(3, crumbs.Count);
            Assert.Equal("http://localhost/", Text(crumbs[0], "item"));
            Assert.Equal("http://localhost" + doc.Url, Text(crumbs[2], "item"));
            Assert.Equal([1, 2, 3], crumbs.Select(c => c.GetProperty("position").GetInt32()));
        }
    }

    [Fact]
    public async Task A_company_has_its_founding_date_location_and_founders()
    {
        var openai = Single(await NodesAsync("/companies/openai"), "Corporation");

        Assert.Equal("2015", Text(openai, "foundingDate"));
        Assert.Equal("Place", Text(openai.GetProperty("location"), "@type"));
        Assert.Equal("美国", Text(openai.GetProperty("location").GetProperty("address"), "addressCountry"));
        Assert.Contains(openai.GetProperty("founder").EnumerateArray(), f => Text(f, "url") == "http://localhost/people/sam-altman");
        Assert.Contains("Open AI", openai.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_person_has_affiliations()
    {
        var altman = Single(await NodesAsync("/people/sam-altman"), "Person");

        var affiliations = altman.GetProperty("affiliation").EnumerateArray().ToList();
        Assert.Contains(affiliations, a => Text(a, "url") == "http://localhost/companies/openai" && Text(a, "@type") == "Corporation");
    }

    [Fact]
    public async Task Software_has_its_creator_and_hardware_is_a_product_with_its_maker()
    {
        var chatgpt = Single(await NodesAsync("/products/chatgpt"), "SoftwareApplication");
        var hardware = Snapshot.Documents.OfKind("product").First(p => p.Field("layer") == "算力" && p.Field("segment") == "芯片");
        var chip = Single(await NodesAsync(hardware.Url), "Product");

        Assert.Contains(chatgpt.GetProperty("creator").EnumerateArray(), c => Text(c, "url") == "http://localhost/companies/openai");
        Assert.Equal(hardware.Title, Text(chip, "name"));
    }

    [Fact]
    public async Task Terms_belong_to_the_glossary_term_set_which_lists_them_all()
    {
        var term = Single(await NodesAsync("/terms/aigc"), "DefinedTerm");
        var glossary = Single(await NodesAsync("/glossary"), "DefinedTermSet");

        Assert.Equal("http://localhost/glossary", Text(term.GetProperty("inDefinedTermSet"), "url"));
        var terms = glossary.GetProperty("hasDefinedTerm").EnumerateArray().ToList();
        Assert.Equal(Snapshot.Documents.OfKind("term").Count() + Snapshot.Documents.OfKind("technology").Count(), terms.Count);
        Assert.All(terms, t => Assert.Equal("DefinedTerm", Text(t, "@type")));
    }

    [Fact]
    public async Task A_chapter_is_part_of_the_report_with_its_author_and_date()
    {
        var chapter = Single(await NodesAsync("/chapters/01-origins"), "Chapter");

        Assert.Equal("杜玉河", Text(chapter.GetProperty("author"), "name"));
        Assert.Equal("2023-02-21", Text(chapter, "datePublished"));
        var book = chapter.GetProperty("isPartOf");
        Assert.Equal("Book", Text(book, "@type"));
        Assert.Equal(Snapshot.Report.Title, Text(book, "name"));
    }

    [Fact]
    public async Task Works_are_articles_or_creative_works_with_author_and_year_and_events_have_a_start_date()
    {
        var paper = Single(await NodesAsync("/works/paper-instructgpt"), "ScholarlyArticle");
        var essay = Single(await NodesAsync("/works/computing-machinery-and-intelligence"), "CreativeWork");
        var dated = Snapshot.Documents.OfKind("event").Where(e => e.Field("date") is { Length: 10 } d && d[4] == '-').ToList();

        Assert.Contains("欧阳龙", Text(paper.GetProperty("author"), "name"), StringComparison.Ordinal);
        Assert.Equal("1950", Text(essay, "datePublished"));
        Assert.Equal("艾伦·图灵", Text(essay.GetProperty("author"), "name"));
        Assert.NotEmpty(dated);
        foreach (var e in dated.Take(5))
        {
            Assert.Equal(e.Field("date"), Text(Single(await NodesAsync(e.Url), "Event"), "startDate"));
        }
    }

    [Fact]
    public async Task The_home_page_describes_the_site_with_its_search_and_the_report()
    {
        var nodes = await NodesAsync("/");

        var site = Single(nodes, "WebSite");
        Assert.Equal("http://localhost/search?q={search_term_string}", Text(site.GetProperty("potentialAction"), "target"));
        Assert.Equal("杜玉河", Text(Single(nodes, "Book").GetProperty("author"), "name"));
        Assert.DoesNotContain(nodes, n => Text(n, "@type") == "BreadcrumbList");
    }
}
