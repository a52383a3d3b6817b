using NetEscapades.AspNetCore.SecurityHeaders.Infrastructure;

namespace ReportPortal.Web.Security;

/// <summary>The response headers every answer carries, whatever its status: pages, API, static files, errors.
/// Built with NetEscapades.AspNetCore.SecurityHeaders; its middleware sets them when the response starts, so answers
/// replayed from the output cache and re-executed error pages get them too (with a fresh nonce).</summary>
public static class SecurityHeaders
{
    /// <summary>One year, the usual HSTS lifetime.</summary>
    public const int HstsMaxAgeSeconds = 365 * 24 * 60 * 60;

    public static void AddPortalSecurityHeaders(this IServiceCollection services, bool hsts) =>
        services.AddSecurityHeaderPolicies().SetDefaultPolicy(policy => Configure(policy, hsts));

    private static void Configure(HeaderPolicyCollection policy, bool hsts)
    {
        policy
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
            .AddCrossOriginResourcePolicy(corp => corp.SameOrigin())
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                // Everything the site uses comes from itself: its CSS, site.js, fetches to /api, SVG drawn inline.
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().WithNonce().WithHash256(InlineScripts.ThemeHash);
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddFontSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            });

        if (hsts)
        {
            // Sent only on HTTPS requests (behind a proxy: X-Forwarded-Proto from a known proxy), for every host.
            policy.AddStrictTransportSecurity(HstsMaxAgeSeconds, includeSubdomains: false, preload: false);
        }
    }
}
