using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ReportPortal.Web.Tests.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json describes every JSON route of the app with a summary, parameter
/// descriptions, the shape of its answer (checked against a real answer) and problem-details errors; the API
/// reference page is served from this site.</summary>
[Collection(RealContent.Name)]
public sealed partial class OpenApiDocumentTests(RealContentFactory portal)
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Every GET route of the app that is an API: not a page, a static file or a helper of the pages.</summary>
    private List<string> ApiRoutes() =>
        [.. portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null)
            .Select(e => System.Text.RegularExpressions.Regex.Replace("/" + e.RoutePattern.RawText!.TrimStart('/'), @"\{(\w+):[^}]+\}", "{$1}"))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) || p.StartsWith("/data/", StringComparison.Ordinal) || p is "/d/{id}")
            .Distinct()];

    [Fact]
    public async Task Every_api_route_is_in_the_document_with_a_summary_and_problem_details()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");

        var routes = ApiRoutes();
        Assert.True(routes.Count >= 10, string.Join(", ", routes)); // the health endpoints are operational, described in docs/deploy.md
        foreach (var route in routes)
        {
            Assert.True(paths.TryGetProperty(route, out var path), $"{route} is not in the OpenAPI document");
            var get = path.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), route);
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("description").GetString()), route);
            Assert.True(get.GetProperty("tags").GetArrayLength() > 0, route);
            foreach (var (status, response) in get.GetProperty("responses").EnumerateObject().Select(p => (p.Name, p.Value)))
            {
                if (status.StartsWith('4'))
                {
                    Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{route} {status}");
                }
            }
        }

        Assert.Equal("3.1.1", document.GetProperty("openapi").GetString());
        Assert.False(paths.TryGetProperty("/language", out _));
        Assert.False(paths.TryGetProperty("/sitemap.xml", out _));
    }

    [Fact]
    public async Task Every_parameter_is_described()
    {
        var document = await DocumentAsync();

        var parameters = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.GetProperty("get").TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(x => (p.Name, x)) : [])
            .ToList();
        Assert.Contains(parameters, p => p.Name == "/api/search" && p.x.GetProperty("name").GetString() == "q");
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.x.GetProperty("description").GetString()), $"{p.Name} {p.x.GetProperty("name")}"));
    }

    [Theory]
    [InlineData("/api/documents", "/api/documents?kind=company")]
    [InlineData("/api/documents/{id}", "/api/documents/openai")]
    [InlineData("/api/preview/{id}", "/api/preview/openai")]
    [InlineData("/api/search", "/api/search?q=%E5%BE%AE%E8%BD%AF")]
    [InlineData("/api/suggest", "/api/suggest?q=open")]
    public async Task The_documented_answer_has_the_properties_of_the_real_answer(string route, string url)
    {
        var document = await DocumentAsync();
        using var client = portal.CreateClient();
        var answer = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative))).RootElement;

        var schema = document.GetProperty("paths").GetProperty(route).GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        CompareShapes(document, schema, answer, route);
    }

    /// <summary>Object by object: the documented property names are exactly the answer's.</summary>
    private static void CompareShapes(JsonElement document, JsonElement schema, JsonElement value, string where)
    {
        schema = Resolve(document, schema);
        if (value.ValueKind == JsonValueKind.Array)
        {
            var items = schema.GetProperty("items");
            foreach (var item in value.EnumerateArray().Take(3))
            {
                CompareShapes(document, items, item, where + "[]");
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            var documented = properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            var actual = value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            Assert.True(documented.SequenceEqual(actual), $"{where}: documented {string.Join(",", documented)}; answered {string.Join(",", actual)}");
            foreach (var p in value.EnumerateObject())
            {
                CompareShapes(document, properties.GetProperty(p.Name), p.Value, where + "." + p.Name);
            }
        }
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    [GeneratedRegex(@"(?:src|href)\s*=\s*[""'](https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex OffSiteReference();

    [Fact]
    public async Task The_api_reference_page_and_its_script_come_from_this_site()
    {
        using var client = portal.CreateClient();

        var page = await client.GetAsync(new Uri("/api-reference/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var script = await client.GetAsync(new Uri("/api-reference/scalar.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotMatch(OffSiteReference(), html);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var (_, home) = await portal.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("footer a[href='/api-reference/']"));
    }
}
