namespace ReportPortal.Web.Seo;

/// <summary>The site's absolute address, for canonical links, the sitemap, Open Graph and citations: the setting
/// <c>Seo:BaseUrl</c> (e.g. <c>https://report.example.org</c>) when set, else the request's scheme and host (which
/// <c>AllowedHosts</c> restricts in production).</summary>
public static class SiteAddress
{
    public static string BaseOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetService<IConfiguration>()?["Seo:BaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured) && Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }

        var request = context.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }

    /// <summary>The absolute form of a site path (<c>/companies/openai</c>).</summary>
    public static string Absolute(HttpContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return BaseOf(context) + (path.StartsWith('/') ? path : "/" + path);
    }

    /// <summary>This page's canonical address: its path, with the query string kept except the highlighting
    /// parameter <c>h</c> (a highlighted page is the same page).</summary>
    public static string CanonicalOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query
            .Where(p => !string.Equals(p.Key, "h", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(v ?? "")))
            .ToList();
        return Absolute(context, context.Request.Path.Value is { Length: > 0 } p ? p : "/") + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }
}
