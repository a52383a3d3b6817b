using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ReportPortal.Web.Tests.Security;

/// <summary>The headers every answer must carry (checklist case 10; issue #13 item 1).</summary>
public static class SecurityHeaderAssert
{
    public static Dictionary<string, string> Of(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
    }

    public static Dictionary<string, string> Of(IHeaderDictionary headers) =>
        headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The CSP's directives by name, each with its sources.</summary>
    public static Dictionary<string, string[]> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..], StringComparer.OrdinalIgnoreCase);

    /// <summary>Asserts the full set and returns the CSP nonce.</summary>
    public static string FullSet(Dictionary<string, string> headers, bool hsts, string what)
    {
        ArgumentNullException.ThrowIfNull(headers);
        string Header(string name) => headers.TryGetValue(name, out var v) ? v : throw new Xunit.Sdk.XunitException($"{what}: no {name} header");

        var csp = Directives(Header("Content-Security-Policy"));
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.Equal(["'self'"], csp["base-uri"]);
        Assert.Equal(["'self'"], csp["form-action"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Contains("'self'", csp["script-src"]);
        foreach (var directive in csp.Values)
        {
            Assert.DoesNotContain("'unsafe-inline'", directive);
            Assert.DoesNotContain("'unsafe-eval'", directive);
            Assert.DoesNotContain("*", directive);
        }

        var nonce = Assert.Single(csp["script-src"], s => s.StartsWith("'nonce-", StringComparison.Ordinal));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        var permissions = Header("Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()" })
        {
            Assert.Contains(feature, permissions, StringComparison.Ordinal);
        }

        Assert.False(headers.ContainsKey("Server"), $"{what}: Server header {headers.GetValueOrDefault("Server")}");
        if (hsts)
        {
            Assert.Equal("max-age=31536000", Header("Strict-Transport-Security"));
        }
        else
        {
            Assert.False(headers.ContainsKey("Strict-Transport-Security"), $"{what}: HSTS where it must not be");
        }

        return nonce["'nonce-".Length..^1];
    }

    /// <summary>True when the CSP allows an inline script with this text and nonce attribute.</summary>
    public static bool AllowsInlineScript(string csp, string text, string? nonce)
    {
        var sources = Directives(csp)["script-src"];
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + "'";
        return sources.Contains(hash) || (nonce is { Length: > 0 } && sources.Contains("'nonce-" + nonce + "'"));
    }
}
