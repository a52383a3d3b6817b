using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Web.Security;

/// <summary>What an error answers. An exception: the error page (problem JSON under <c>/api</c>), 500, or 503 for a
/// search over its time budget; never a stack trace or SQL. An error status without a body: re-executed as
/// <c>/status/{code}</c>, which is the not-found page for 404, the "too many requests" page for 429 and problem JSON
/// for any other code (405 and 413 are answered earlier, by <see cref="ReadOnlyMethods"/>).</summary>
public static class StatusPages
{
    public static void AddPortalStatusPages(this IServiceCollection services) =>
        services.PostConfigure<RazorPagesOptions>(options => options.Conventions.AddPageRouteModelConvention("/NotFound",
            page => page.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = "/status/404" } })));

    public static void UsePortalErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = StatusOf });
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"),
            api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf }));
        app.UseStatusCodePagesWithReExecute("/status/{0}");
    }

    /// <summary>Problem JSON for every status code without a page of its own; ordered after the pages for 404 and 429.</summary>
    public static void MapStatusPages(this IEndpointRouteBuilder app) =>
        app.MapRead("/status/{code:int}", (HttpContext context) =>
        {
            var status = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
            return Results.Problem(statusCode: status);
        }).Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = 1);

    private static int StatusOf(Exception exception) => exception switch
    {
        SearchTimeoutException => StatusCodes.Status503ServiceUnavailable,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
