using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ReportPortal.BrowserTests;

/// <summary>The real app on a real Kestrel port (loopback, port chosen by the OS), on the repository's real content,
/// with its index in a scratch folder.</summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public PortalServer()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The server's root address, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        PortalReadiness.WaitForSnapshot(Services);
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The test server reports no IServerAddressesFeature.");
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The test server listens on no address.");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // MapStaticAssets serves /js/site.<fingerprint>.js from the build's static web assets (wwwroot plus the
        // compressed copies in obj/). Only the Development environment reads that manifest by itself.
        builder.UseStaticWebAssets();
        builder.UseSetting("Portal:ContentPath", TestPaths.Content);
        builder.UseSetting("Portal:Watch", "false");
        builder.UseSetting("Portal:IndexPath", Path.Combine(_scratch.Path, "index.db"));
        // One log line per request would drown the test output.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _scratch.Dispose();
        }
    }
}
