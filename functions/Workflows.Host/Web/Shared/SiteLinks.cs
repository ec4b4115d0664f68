namespace Workflows.Host.Web.Shared;

/// <summary>
/// Absolute links for e-mails. The public base URL comes from <c>Site:BaseUrl</c>; without it the request's own
/// scheme and host are used (fine locally; set it in Azure so a forged Host header cannot redirect a link).
/// </summary>
public sealed class SiteLinks(IConfiguration configuration)
{
    /// <summary>The absolute URL of <paramref name="pathAndQuery"/> (which starts with '/').</summary>
    public Uri Absolute(HttpRequest request, string pathAndQuery)
    {
        var configured = configuration["Site:BaseUrl"];
        var baseUrl = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new Uri(baseUrl + pathAndQuery, UriKind.Absolute);
    }
}
