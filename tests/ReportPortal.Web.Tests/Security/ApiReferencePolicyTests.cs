namespace ReportPortal.Web.Tests.Security;

/// <summary>The API reference (Scalar, inline scripts and styles) is the one page whose CSP allows inline code; every
/// other answer keeps the strict policy.</summary>
public sealed class ApiReferencePolicyTests
{
    [Fact]
    public async Task Only_the_api_reference_allows_inline_code_and_it_still_allows_no_other_origin()
    {
        await using var portal = new PortalFactory(TestPaths.FixtureContent);
        using var client = portal.CreateClient();

        using var reference = await client.GetAsync(new Uri("/api-reference/", UriKind.Relative));
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        var referenceCsp = string.Join(";", reference.Headers.GetValues("Content-Security-Policy"));
        var homeCsp = string.Join(";", home.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self' 'unsafe-inline'", referenceCsp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", referenceCsp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", referenceCsp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", homeCsp, StringComparison.Ordinal);
    }
}
