using System.Net;
using Workflows.Host.Observability;

namespace Workflows.Host.Functions;

/// <summary>
/// Lets through only calls made by the local Functions host. It calls <c>http://127.0.0.1:{port}/{function}</c>
/// directly; everything else answers 404 as if the route did not exist.
/// </summary>
/// <remarks>
/// The loopback address alone is not enough: with <c>enableForwardingHttpRequest</c> the catch-all <c>http</c>
/// function forwards a public <c>POST /work</c> to the same path, from 127.0.0.1 too. Such a request keeps its
/// original headers: the <c>Host</c> it was sent to (the site's name, which the front end needs to route it)
/// and the front end's own headers (<c>X-ARR-LOG-ID</c>, which App Service adds to every external request,
/// <c>X-Forwarded-For</c>). A host invocation has none of them.
/// </remarks>
internal sealed class FunctionsHostOnlyFilter(ILogger<FunctionsHostOnlyFilter> logger) : IEndpointFilter
{
    private static readonly string[] FrontEndHeaders = ["X-ARR-LOG-ID", "X-Forwarded-For", "X-Forwarded-Host", "X-Original-URL", "X-Client-IP"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!IsFromFunctionsHost(context.HttpContext))
        {
            logger.TriggerRefused(context.HttpContext.Request.Path);
            return TypedResults.NotFound();
        }

        return await next(context);
    }

    internal static bool IsFromFunctionsHost(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return false;
        }

        var host = http.Request.Host.Host;
        if (!string.Equals(host, "127.0.0.1", StringComparison.Ordinal)
            && !string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(host, "[::1]", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var header in FrontEndHeaders)
        {
            if (http.Request.Headers.ContainsKey(header))
            {
                return false;
            }
        }

        return true;
    }
}
