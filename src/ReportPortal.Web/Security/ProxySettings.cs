using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ReportPortal.Web.Security;

/// <summary>Forwarded headers (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>) are believed only from the addresses
/// listed in <c>Portal:KnownProxies</c>; by default from none, not even loopback. So a client that is not a proxy
/// cannot choose the address its rate limit counts against, nor pretend to be on HTTPS.</summary>
public static class ProxySettings
{
    public const string Section = "Portal:KnownProxies";

    /// <summary>Reads forwarded headers, only when proxies are configured: the middleware believes every sender when
    /// its lists of known proxies and networks are both empty.</summary>
    public static void UsePortalForwardedHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
    }

    public static void AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = (configuration.GetSection(Section).Get<string[]>() ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => IPAddress.TryParse(p.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"{Section}: '{p}' is not an IP address."))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }
        });
    }
}
