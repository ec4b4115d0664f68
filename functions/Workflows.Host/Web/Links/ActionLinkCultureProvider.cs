using Microsoft.AspNetCore.Localization;

namespace Workflows.Host.Web.Links;

/// <summary>
/// Shows a link's pages in the language of the person the link was sent to (the applicant's, the partner's, the
/// desk's or the network's), unless the visitor chose a language (query string or cookie, which come first).
/// </summary>
public sealed class ActionLinkCultureProvider : RequestCultureProvider
{
    /// <summary>The path every action-link page starts with.</summary>
    public const string PathPrefix = "/link/";

    /// <inheritdoc />
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var path = httpContext.Request.Path.Value;
        if (path is null || !path.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        // /link/{token}/{action}[/done]
        var segments = path[PathPrefix.Length..].Split('/', 3);
        if (segments.Length < 2)
        {
            return null;
        }

        var reader = httpContext.RequestServices.GetRequiredService<ActionLinkReader>();
        var reading = await reader.ReadAsync(
            httpContext, Uri.UnescapeDataString(segments[0]), Uri.UnescapeDataString(segments[1]), httpContext.RequestAborted);
        return reading.Culture is { } culture ? new ProviderCultureResult(culture) : null;
    }
}
