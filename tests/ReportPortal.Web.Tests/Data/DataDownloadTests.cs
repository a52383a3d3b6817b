using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualBasic.FileIO;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Tests.Data;

/// <summary>The data downloads, read the way an analyst would: the documents JSON, the relations CSV through a CSV
/// parser (one row per relation), the GraphML through an XML parser (every document a node, every relation an edge),
/// the timeline line by line; each with an ETag that answers 304 when nothing changed.</summary>
[Collection(RealContent.Name)]
public sealed class DataDownloadTests(RealContentFactory portal)
{
    private KnowledgeSnapshot Snapshot => portal.Services.GetRequiredService<SnapshotHolder>().Current!;

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return response;
    }

    [Fact]
    public async Task The_documents_json_has_every_document_with_names_fields_and_sources()
    {
        var response = await GetAsync("/data/documents.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var documents = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Snapshot.Documents.Count, documents.Count);
        var openai = documents.Single(d => d.GetProperty("id").GetString() == "openai");
        Assert.Equal("company", openai.GetProperty("kind").GetString());
        Assert.Equal("OpenAI", openai.GetProperty("title").GetString());
        Assert.Contains("Open AI", openai.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.False(string.IsNullOrEmpty(openai.GetProperty("summary").GetString()));
        var country = openai.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "country");
        Assert.Equal(["美国"], country.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains(openai.GetProperty("sources").EnumerateArray(), s => s.GetProperty("reference").GetString() == "01-origins#1-3"
            && s.GetProperty("url").GetString() == "/chapters/01-origins#1-3");
    }

    [Fact]
    public async Task The_relations_csv_has_a_header_and_one_row_per_relation()
    {
        var response = await GetAsync("/data/relations.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]); // so that spreadsheets read it as UTF-8
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        Assert.Equal(["subject_id", "subject_title", "subject_kind", "type", "label", "inverse_label", "object_id", "object_title", "object_kind", "date", "amount", "note", "source"], header);
        Assert.Equal(Snapshot.Graph.Relations.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var investment = rows.First(r => r[0] == "microsoft" && r[3] == "invested-in" && r[6] == "openai");
        Assert.Equal(("微软", "投资", "获投资", "OpenAI"), (investment[1], investment[4], investment[5], investment[7]));
    }

    [Fact]
    public async Task The_graphml_parses_with_every_document_as_a_node_and_every_relation_as_an_edge()
    {
        var response = await GetAsync("/data/graph.graphml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = xml.Root!.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        var graph = xml.Root.Element(ns + "graph")!;
        var nodes = graph.Elements(ns + "node").ToList();
        var edges = graph.Elements(ns + "edge").ToList();
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        Assert.True(nodes.Count >= 500, $"only {nodes.Count} nodes");
        Assert.Equal(nodes.Count, ids.Count);
        Assert.Equal(Snapshot.Graph.Relations.Count, edges.Count);
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        string? Data(XElement e, string name) => e.Elements(ns + "data").FirstOrDefault(d => keys[(string)d.Attribute("key")!] == name)?.Value;
        var openai = nodes.Single(n => (string?)n.Attribute("id") == "openai");
        Assert.Equal(("company", "OpenAI"), (Data(openai, "kind"), Data(openai, "title")));
        var edge = edges.First(e => (string?)e.Attribute("source") == "microsoft" && (string?)e.Attribute("target") == "openai" && Data(e, "type") == "invested-in");
        Assert.Equal(("投资", "获投资"), (Data(edge, "label"), Data(edge, "inverse_label")));
    }

    [Fact]
    public async Task The_timeline_is_one_json_object_per_line_per_event()
    {
        var response = await GetAsync("/data/timeline.jsonl");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        using var db = Snapshot.OpenDb();
        Assert.Equal(db.Events.Count(), lines.Length);
        var events = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var chatgpt = events.First(e => e.GetProperty("date").GetString() == "2022-11-30");
        Assert.Equal("2022-11-30", chatgpt.GetProperty("dateTime").GetString());
        Assert.Contains("chatgpt", chatgpt.GetProperty("entities").EnumerateArray().Select(e => e.GetString()));
        var decade = events.First(e => e.GetProperty("precision").GetString() == "decade");
        Assert.Equal(JsonValueKind.Null, decade.GetProperty("dateTime").ValueKind);
        Assert.Equal(events.Select(e => e.GetProperty("sort").GetString()).Order(StringComparer.Ordinal), events.Select(e => e.GetProperty("sort").GetString()));
    }

    [Theory]
    [InlineData("/data/documents.json")]
    [InlineData("/data/relations.csv")]
    [InlineData("/data/graph.graphml")]
    [InlineData("/data/timeline.jsonl")]
    public async Task Each_file_has_an_etag_and_answers_304_when_unchanged(string url)
    {
        using var client = portal.CreateClient();
        var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var etag = first.Headers.ETag;

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(again);
        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        var third = await client.SendAsync(stale);

        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(etag, third.Headers.ETag);
        Assert.Equal("attachment", first.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task The_data_page_links_every_file_and_says_how_to_cite_the_data()
    {
        var (response, dom) = await portal.GetPageAsync("/data");

        response.EnsureSuccessStatusCode();
        var links = dom.QuerySelectorAll("table.data-files a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/data/documents.json", "/data/relations.csv", "/data/graph.graphml", "/data/timeline.jsonl"], links);
        var rows = dom.QuerySelectorAll("table.data-files tbody tr").ToList();
        Assert.Contains(Snapshot.Graph.Relations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[1].TextContent, StringComparison.Ordinal);
        var citation = dom.QuerySelector(".citation-text")!.TextContent;
        Assert.Contains("杜玉河", citation, StringComparison.Ordinal);
        Assert.Contains("http://localhost/data", citation, StringComparison.Ordinal);
        Assert.NotNull(dom.QuerySelector("footer a[href='/data']"));
    }

    [Fact]
    public async Task A_name_that_is_not_a_data_file_is_not_found()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/data/..%2Fappsettings.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
