using System.Net;
using System.Net.Sockets;

namespace Workflows.Host.Web.SignIn;

/// <summary>How the sign-in limits name a client.</summary>
public static class SignInRateLimits
{
    /// <summary>
    /// The client's address for rate limiting: the connection's, which the forwarded-headers middleware has set from
    /// <c>X-Forwarded-For</c> only when a trusted proxy (see <c>ForwardedHeaders</c> settings) sent it. A header from
    /// anyone else is ignored, so rotating it does not give a caller fresh buckets. An IPv6 client counts by its /64
    /// (one subscriber's network: a host picks any address in it), an IPv4-mapped address as the IPv4 one.
    /// </summary>
    public static string ClientAddress(HttpContext context) => ClientAddress(context.Connection.RemoteIpAddress);

    /// <summary>The rate-limit key of <paramref name="address"/> (see <see cref="ClientAddress(HttpContext)"/>).</summary>
    public static string ClientAddress(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
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
