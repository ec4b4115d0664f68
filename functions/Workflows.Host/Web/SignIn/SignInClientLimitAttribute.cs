using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// Limits the posts of a sign-in page per client address (<see cref="SignInOptions.PerIpPermits"/> per
/// <see cref="SignInOptions.RateWindow"/>), counted in storage by <see cref="SignInLimiter"/> so every instance
/// shares the count; showing a page (GET) is free. Refused: 429 with Retry-After, which the error page turns into
/// "try again in …".
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SignInClientLimitAttribute : Attribute, IAsyncPageFilter
{
    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            var limiter = http.RequestServices.GetRequiredService<SignInLimiter>();
            var permit = await limiter.TryAcquireForClientAsync(SignInRateLimits.ClientAddress(http), http.RequestAborted);
            if (!permit.Acquired)
            {
                context.Result = TooManyRequests(http.Response, permit);
                return;
            }
        }

        await next();
    }

    /// <summary>The 429 answer of a refused <paramref name="permit"/>, with Retry-After in whole seconds.</summary>
    internal static IActionResult TooManyRequests(HttpResponse response, SignInPermit permit)
    {
        response.Headers.RetryAfter = ((int)Math.Ceiling(permit.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new StatusCodeResult(StatusCodes.Status429TooManyRequests);
    }
}
