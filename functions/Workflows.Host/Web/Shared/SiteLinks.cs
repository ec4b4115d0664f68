using Microsoft.Extensions.Options;
using Workflows.Host.Extensions;

namespace Workflows.Host.Web.Shared;

/// <summary>
/// Absolute links for e-mails, on the public base URL <c>Site:BaseUrl</c> (never the request's Host header, which
/// a caller could forge to send a victim a link to another site).
/// </summary>
public sealed class SiteLinks(IOptions<SiteOptions> site)
{
    /// <summary>The absolute URL of <paramref name="pathAndQuery"/> (which starts with '/').</summary>
    public Uri Absolute(string pathAndQuery) => new(site.Value.BaseUrl.TrimEnd('/') + pathAndQuery, UriKind.Absolute);
}
