using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ReportPortal.Web.Tests.Security;

/// <summary>The portal on a real Kestrel port on loopback, for what only a real server does: request line and header
/// limits, the Server header.</summary>
public sealed class KestrelPortal : SecurityPortal
{
    public KestrelPortal()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel listens on no address.");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public Uri BaseAddress { get; }

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress };
}
