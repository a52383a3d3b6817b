using System.Net;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Checklist case 12 (HTTP hardening) and issue #13 item 3: the language switch only ever redirects to a
/// path of this site, and no <c>returnUrl</c> makes it fail (the issue's <c>%2F%0a</c> answered 500).</summary>
public sealed class RedirectTests(RedirectTests.Host host) : IClassFixture<RedirectTests.Host>
{
    public sealed class Host : IDisposable
    {
        public SecurityPortal Portal { get; } = new();

        public void Dispose() => Portal.Dispose();
    }

    private static readonly Uri s_site = new("https://portal.example/");

    private async Task<string> LocationFor(string rawReturnUrl)
    {
        using var client = host.Portal.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/language?lang=en&returnUrl=" + rawReturnUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("no Location");
        Assert.Equal("portal.example", new Uri(s_site, location).Host);
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
        Assert.DoesNotContain(location, c => char.IsControl(c) || char.IsWhiteSpace(c) || c > 0x7e);
        return location;
    }

    [Theory]
    [InlineData("%2F%0a")]
    [InlineData("%2F%0d%0aSet-Cookie:%20x=1")]
    [InlineData("%2F%2Fevil.com")]
    [InlineData("%2F%5Cevil.com")]
    [InlineData("%2F%09%2Fevil.com")]
    [InlineData("%2F%20%2Fevil.com")]
    [InlineData("%5C%5Cevil.com")]
    [InlineData("https%3A%2F%2Fevil.com")]
    [InlineData("http%3Aevil.com")]
    [InlineData("javascript%3Aalert(1)")]
    [InlineData("%2F%2F%2Fevil.com")]
    [InlineData("evil.com")]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("%FF%FE")]
    [InlineData("%ED%A0%80")]
    public async Task An_unsafe_return_address_goes_home(string raw)
    {
        Assert.Equal("/", await LocationFor(raw));
    }

    [Fact]
    public async Task A_4_kb_return_address_goes_home()
    {
        Assert.Equal("/", await LocationFor("%2F" + new string('a', 4096)));
    }

    [Theory]
    [InlineData("%2Fcompanies%2Fopenai", "/companies/openai")]
    [InlineData("%2Fsearch%3Fq%3D%25E5%25BE%25AE%25E8%25BD%25AF%26kind%3Dcompany", "/search?q=%E5%BE%AE%E8%BD%AF&kind=company")]
    [InlineData("%2Fsearch%3Fq%3D微软", "/search?q=%E5%BE%AE%E8%BD%AF")]
    [InlineData("%2Fchapters%2F01-origins%23s1", "/chapters/01-origins#s1")]
    [InlineData("%2F..%2F..%2Fetc%2Fpasswd", "/../../etc/passwd")]
    public async Task A_local_return_address_is_followed(string raw, string expected)
    {
        Assert.Equal(expected, await LocationFor(raw));
    }
}
