using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Extensions;

/// <summary>Forwarded headers, honoured only from the proxies <see cref="ProxyOptions"/> names.</summary>
public static class TrustedProxies
{
    /// <summary>Binds and validates <see cref="ProxyOptions"/> and configures the forwarded-headers middleware from them.</summary>
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsValid, "ForwardedHeaders: KnownProxies must be IP addresses and KnownNetworks CIDR networks (10.0.0.0/24).")
            .ValidateOnStart();

        // Runs after the platform's own setup (ASPNETCORE_FORWARDEDHEADERS_ENABLED clears the lists: trust anyone).
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
            {
                var o = proxies.Value;
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                forwarded.ForwardLimit = o.ForwardLimit;
                forwarded.KnownIPNetworks.Clear();
                forwarded.KnownProxies.Clear();
                if (o.TrustLoopback)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("127.0.0.0/8"));
                    forwarded.KnownProxies.Add(IPAddress.IPv6Loopback);
                }

                foreach (var proxy in o.KnownProxies)
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in o.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }

                // Empty lists would make the middleware trust every peer: no trusted proxy means no forwarded header.
                if (forwarded.KnownProxies.Count == 0 && forwarded.KnownIPNetworks.Count == 0)
                {
                    forwarded.ForwardedHeaders = ForwardedHeaders.None;
                }
            });
        return builder;
    }
}
