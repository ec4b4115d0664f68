using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Workflows.Host.Web;

/// <summary>The friendly page of an error status (re-executed by the status-code pages middleware).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The HTTP status shown.</summary>
    public int Status { get; private set; }

    /// <summary>When to try again (the answer's <c>Retry-After</c>, set by a rate limit or an outage), if known.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>True when the failed request was a form being sent (the page then says what became of it).</summary>
    public bool WasPost { get; private set; }

    /// <summary>Renders the page; keeps the original status when re-executed, 404 when browsed directly.</summary>
    public void OnGet(int status) => Show(status);

    /// <summary>A failed POST (e.g. anti-forgery) is re-executed as a POST: show the same page.</summary>
    public void OnPost(int status) => Show(status);

    private void Show(int status)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Status = reExecuted && status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        WasPost = HttpMethods.IsPost(Request.Method);
        if (int.TryParse(Response.Headers.RetryAfter.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            RetryAfter = TimeSpan.FromSeconds(seconds);
        }
    }
}
