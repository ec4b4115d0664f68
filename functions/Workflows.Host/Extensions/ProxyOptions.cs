using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Workflows.Host.Extensions;

/// <summary>
/// Which front ends may tell the app the client's address and scheme (<c>X-Forwarded-For</c>,
/// <c>X-Forwarded-Proto</c>), section <c>ForwardedHeaders</c>. From anyone else the headers are ignored, so a
/// caller cannot pick its own address (and rate-limit bucket) or claim HTTPS.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "ForwardedHeaders";

    /// <summary>
    /// Trust the loopback addresses: under the Functions host every request reaches the app from the local host,
    /// which relays the headers App Service's front end set. Default true.
    /// </summary>
    public bool TrustLoopback { get; set; } = true;

    /// <summary>Single proxy addresses (e.g. <c>10.0.0.4</c>).</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation (e.g. <c>10.0.0.0/24</c>).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies' entries to read from the right of <c>X-Forwarded-For</c> (default 1: the one the trusted front end appended).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>True when every address and network parses.</summary>
    public bool IsValid =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => IPNetwork.TryParse(n, out _));
}
