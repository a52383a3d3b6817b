using System.Text;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Seo;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>. The favicon, icons and web manifest are static files in
/// wwwroot; the head tags are in <c>Pages/Shared/_HeadMeta.cshtml</c>.</summary>
public static class SeoSetup
{
    public static void MapSeo(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", (HttpContext context, KnowledgeSnapshot snapshot, PortalPaths paths) =>
                Results.Bytes(Sitemap.For(snapshot, paths, SiteAddress.BaseOf(context)), "application/xml; charset=utf-8"))
            .ExcludeFromDescription();

        app.MapGet("/robots.txt", (HttpContext context) => Results.Text(Robots(SiteAddress.BaseOf(context)), "text/plain; charset=utf-8", Encoding.UTF8))
            .ExcludeFromDescription();
    }

    /// <summary>Every page may be crawled except the JSON endpoints and the language switch (a redirect); the
    /// sitemap is named.</summary>
    public static string Robots(string baseUrl) =>
        $"User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /language\n\nSitemap: {baseUrl}/sitemap.xml\n";
}
