using System.Net;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Checklist case 13 (HTTP hardening) and issue #13 item 6: a request for a host the portal does not serve
/// answers 400. <c>AllowedHosts</c> in appsettings.json is not <c>*</c>, and a deployment sets its own.</summary>
public sealed class HostTests
{
    private static async Task<HttpStatusCode> StatusForHost(SecurityPortal portal, string host)
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Theory]
    [InlineData("evil.com")]
    [InlineData("localhost.evil.com")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_foreign_host_answers_400_with_the_shipped_settings(string host)
    {
        await using var portal = new SecurityPortal();

        Assert.Equal(HttpStatusCode.BadRequest, await StatusForHost(portal, host));
        Assert.Equal(HttpStatusCode.OK, await StatusForHost(portal, "localhost"));
        Assert.Equal(HttpStatusCode.OK, await StatusForHost(portal, "127.0.0.1:8080"));
    }

    [Fact]
    public async Task A_deployment_names_its_own_hosts()
    {
        await using var portal = new SecurityPortal(new Dictionary<string, string?> { ["AllowedHosts"] = "report.example.org" });

        Assert.Equal(HttpStatusCode.OK, await StatusForHost(portal, "report.example.org"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusForHost(portal, "localhost"));
    }
}
