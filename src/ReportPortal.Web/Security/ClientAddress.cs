using System.Net;
using System.Net.Sockets;

namespace ReportPortal.Web.Security;

/// <summary>Which client a request counts against: its address after forwarded headers from known proxies have been
/// applied. An IPv6 client is its /64 network, because one household or host usually gets a whole /64.</summary>
public static class ClientAddress
{
    public static string KeyOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
