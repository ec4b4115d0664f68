using Microsoft.AspNetCore.Components;

namespace Workflows.Host.Web.Shared;

/// <summary>
/// The fingerprinted URL of a static asset (e.g. <c>lib/fonts/x.woff2</c> -> <c>/lib/fonts/x.abc123.woff2</c>), served
/// with a one-year immutable cache by MapStaticAssets. Falls back to the plain path when the page has no asset
/// collection.
/// </summary>
public static class AssetUrls
{
    /// <summary>The URL of <paramref name="path"/> (relative to wwwroot, no leading slash).</summary>
    public static string Get(HttpContext context, string path)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        var resolved = assets is null ? path : assets[path];
        return context.Request.PathBase + "/" + resolved.TrimStart('/');
    }
}
