namespace ReportPortal.Web.Security;

/// <summary>The one page that is not ours: the API reference (Scalar) builds its interface with inline scripts and
/// styles. Its answers, and only its (<c>/api-reference</c>), carry a CSP that allows inline script and style but
/// still no other origin (default, connect, img, font: self). It holds no content from contributors.</summary>
public static class ApiReferencePolicy
{
    public const string Path = "/api-reference";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Registered before the security headers: response-start callbacks run last-registered first, so this one
    /// runs after the headers middleware has set the site's policy, and replaces it on this page only.</summary>
    public static void UseApiReferencePolicy(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                return Task.CompletedTask;
            });
        }

        return next(context);
    });
}
