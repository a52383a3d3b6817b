using ReportPortal.Knowledge.Search;

namespace ReportPortal.Web.Security;

/// <summary>HTTP hardening in two calls: <see cref="AddPortalSecurity"/> registers it, <see cref="UsePortalSecurity"/>
/// puts it first in the pipeline. What it defends against and with which setting: docs/security.md.</summary>
public static class SecuritySetup
{
    /// <summary>The Kestrel limits (the defaults, stated): a longer request line answers 414, larger headers 431.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;
    public const int MaxRequestHeadersBytes = 32 * 1024;

    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024; // no endpoint reads a body; ReadOnlyMethods answers 413 first
        });

        var services = builder.Services;
        services.AddPortalSecurityHeaders(hsts: !builder.Environment.IsDevelopment());
        services.AddPortalForwardedHeaders(builder.Configuration);
        services.AddPortalRateLimits(builder.Configuration);
        services.AddPortalStatusPages();
        services.Configure<RouteOptions>(o => o.ConstraintMap[SlugConstraint.Name] = typeof(SlugConstraint));
        var budget = builder.Configuration.GetValue<TimeSpan?>("Portal:SearchTimeBudget");
        services.AddSingleton(budget is { } time ? new SearchBudget(time) : SearchBudget.Default);
        return builder;
    }

    /// <summary>Forwarded headers from known proxies, then the security headers (so every answer below gets them),
    /// then read-only methods.</summary>
    public static void UsePortalSecurity(this IApplicationBuilder app)
    {
        app.UsePortalForwardedHeaders();
        app.UseApiReferencePolicy();
        app.UseSecurityHeaders();
        app.UseReadOnlyMethods();
    }
}
