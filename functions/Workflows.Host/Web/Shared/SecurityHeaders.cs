namespace Workflows.Host.Web.Shared;

/// <summary>Security headers of every response, and a strict content security policy for pages.</summary>
public static class SecurityHeaders
{
    // Scripts only from the site (no inline script); styles allow inline attributes Bootstrap Italia sets.
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>Middleware adding the headers (unless another module set them).</summary>
    public static Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.TryAdd("X-Content-Type-Options", "nosniff");

            // Sign-in links carry their token in the URL: never send it to another site.
            headers.TryAdd("Referrer-Policy", "same-origin");

            // Always DENY, as frame-ancestors 'none' says (antiforgery would otherwise leave SAMEORIGIN on form pages).
            headers.XFrameOptions = "DENY";
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.TryAdd("Content-Security-Policy", PagePolicy);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
