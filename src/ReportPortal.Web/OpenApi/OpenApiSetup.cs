using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace ReportPortal.Web.OpenApi;

/// <summary>The OpenAPI document of the JSON API at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi) and its
/// reference page at <c>/api-reference</c> (Scalar, served with its script from this site: no CDN, fonts,
/// telemetry, proxy or AI features, so no request leaves the site).</summary>
public static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api-reference";

    public static IServiceCollection AddPortalOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "ChatGPT 与 AIGC 报告知识库 API",
                    Version = "v1",
                    Description = "Read-only JSON API of the knowledge base built from the February 2023 industry report on ChatGPT and AIGC: "
                        + "documents, typed relations, search and suggestions, and whole-data downloads. Texts are in Chinese. "
                        + "Errors are problem details (RFC 9457, application/problem+json).",
                };
                foreach (var hidden in document.Paths.Keys.Where(p => ApiDescriptions.Hidden.Contains(p.Trim('/'))).ToList())
                {
                    document.Paths.Remove(hidden);
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer(DescribeAsync);
        });

    public static void MapPortalOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("API · ChatGPT 与 AIGC 报告知识库")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .WithFavicon("/favicon.ico")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideClientButton());
    }

    private static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var route = System.Text.RegularExpressions.Regex.Replace(context.Description.RelativePath?.Split('?')[0] ?? "", @"\{(\w+):[^}]+\}", "{$1}"); // d/{id:slug} → d/{id}
        if (!ApiDescriptions.ByRoute.TryGetValue(route, out var entry))
        {
            return; // endpoints that describe themselves (the data downloads)
        }

        operation.Summary = entry.Summary;
        operation.Description = entry.Description;
        operation.Tags = new HashSet<OpenApiTagReference> { new(entry.Tag, context.Document) };
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter p && p.Name is { } name && entry.Parameters.TryGetValue(name, out var text))
            {
                p.Description = text;
            }
        }

        operation.Responses ??= [];
        operation.Responses.Clear();
        var success = new OpenApiResponse { Description = entry.SuccessStatus == 302 ? "Redirect to the document's page (Location header)." : "OK" };
        if (entry.Answer is { } answer)
        {
            success.Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(answer, null, ct) },
            };
        }

        operation.Responses[entry.SuccessStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)] = success;
        foreach (var status in entry.Problems)
        {
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = ApiDescriptions.TitleOf(status),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct) },
                },
            };
        }
    }
}
